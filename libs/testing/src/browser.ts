// One launch for the tests and the benchmarks: bench/ is compiled with tools/, libs/testing is not.
export { launchChromium } from '../../../tools/browser';
