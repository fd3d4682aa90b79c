/** The XSS corpus, part 4 of 4 (see xss-suite.ts). */
import { xssSuite } from './xss-suite.js';

xssSuite(4, 4);
