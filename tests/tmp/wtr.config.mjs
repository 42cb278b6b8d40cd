import base from '../web-test-runner.config.mjs';
export default { ...base, browserStartTimeout: 180000, testsStartTimeout: 180000 };
