/** The XSS corpus, part 3 of 4 (see xss-suite.ts). */
import { xssSuite } from './xss-suite.js';

xssSuite(3, 4);
