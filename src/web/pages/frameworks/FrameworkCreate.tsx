import { CreateFramework } from '../../../goals/contract';
import { CreatePage } from '../../kit';
import { emptyFramework, FrameworkForm, frameworkFormToInput } from './FrameworkForm';
import { frameworkKeys, frameworksApi } from './queries';

export function FrameworkCreate() {
  return (
    <CreatePage
      path="/frameworks"
      ns="frameworks"
      initial={emptyFramework}
      schema={CreateFramework}
      toInput={frameworkFormToInput}
      send={frameworksApi.create}
      invalidate={[frameworkKeys.all]}
    >
      {(frame) => <FrameworkForm {...frame} isNew />}
    </CreatePage>
  );
}
