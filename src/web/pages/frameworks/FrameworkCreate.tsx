import { CreateFramework } from '../../../goals/contract';
import { CreatePage } from '../../kit';
import { emptyFramework, FrameworkForm, frameworkFormToInput } from './FrameworkForm';
import { frameworkKeys, frameworksApi, useFrameworks } from './queries';

export function FrameworkCreate() {
  return (
    <CreatePage
      path="/frameworks"
      ns="frameworks"
      list={useFrameworks()}
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
