/** The XSS corpus, part 1 of 4 (see xss-suite.ts). */
import { xssSuite } from './xss-suite.js';

xssSuite(1, 4);
