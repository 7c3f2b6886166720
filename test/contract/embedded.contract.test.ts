import { openTempStore } from '../helpers/temp-store';
import { graphStoreContract } from './graph-store.contract';

graphStoreContract('embedded (Kuzu)', openTempStore);
