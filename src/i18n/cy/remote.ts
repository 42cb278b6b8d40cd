import type { remote as english } from '../en/remote.js';
import { plural } from '../format.js';

export const remote: typeof english = {
  remoteSearching: 'Yn chwilio’r cyfeiriadur…',
  remoteFilteredWithin: plural('cy-GB', {
    other: (n) => `Wedi’u hidlo o fewn y ${n} canlyniad cyntaf: ni all y cyfeiriadur roi pob hidlydd ar waith ei hun.`,
  }),
  remoteLookFurther: 'Chwilio ymhellach',
  remoteMore: 'Dangos rhagor o ganlyniadau',
  remoteFailed: 'Ni atebodd y cyfeiriadur. Mae’r canlyniadau a ddangosir o’r chwiliad blaenorol.',
  remoteTimeout: 'Cymerodd y cyfeiriadur ormod o amser i ateb. Mae’r canlyniadau a ddangosir o’r chwiliad blaenorol.',
};
