// `npm start`: the demo pages, and the 50,000-service Open Referral UK test API that demo/remote.html searches
// (tests/server/oruk-api.mjs, the same one the browser tests use).
import orukApi from '../tests/server/oruk-api.mjs';

export default { middleware: [orukApi] };
