/** The XSS corpus, part 2 of 4 (see xss-suite.ts). */
import { xssSuite } from './xss-suite.js';

xssSuite(2, 4);
