import { SonnecDownloads } from '../components/downloads/sonnec-downloads.js';
import { define } from '../internal/define.js';

define('sonnec-downloads', SonnecDownloads);
