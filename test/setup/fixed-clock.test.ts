import { expect } from '@open-wc/testing';

describe('the test clock', () => {
  it('is 4 December 2026, 10:00 in Berlin, whatever the machine says, and it moves', async () => {
    const start = Date.UTC(2026, 11, 4, 9, 0);
    expect(Date.now()).to.be.within(start, start + 10 * 60_000);
    expect(new Date().getTime()).to.be.within(start, start + 10 * 60_000);
    expect(new Date(0).getTime()).to.equal(0);
    const before = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(Date.now()).to.be.greaterThan(before);
  });
});
