import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defineEmbedGenerator } from './embed-generator.js';

defineEmbedGenerator();

interface Args {
  tag: string;
}

/**
 * One "Einbinden" page per widget: choose attributes and theme, copy the HTML. The Theme and
 * Sprache toolbars set the generator's starting choice.
 */
const meta: Meta<Args> = {
  title: 'Einbinden',
  // The generator is a tool, not a component: no docs page, no controls.
  tags: ['!autodocs'],
  // The generator reads the Theme and Sprache toolbars itself (as its starting choice).
  parameters: { controls: { disable: true }, layout: 'padded', sonnecTheme: false },
  render: (args, context) => html`
    <sb-embed-generator
      tag=${args.tag}
      initial-theme=${context.globals.theme === 'none' ? '' : String(context.globals.theme ?? '')}
      initial-lang=${context.globals.lang === 'story' ? '' : String(context.globals.lang ?? '')}
    ></sb-embed-generator>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Downloads: Story = { args: { tag: 'sonnec-downloads' } };
export const Veranstaltungen: Story = { args: { tag: 'sonnec-events' } };
export const Nachrichten: Story = { args: { tag: 'sonnec-news' } };
export const Karte: Story = { args: { tag: 'sonnec-map' } };
export const Kiosk: Story = { args: { tag: 'sonnec-kiosk' } };
