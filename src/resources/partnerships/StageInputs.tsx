import { DateInput, required, SelectInput, TextInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { isSignedStage, nextStages, STAGES, type Role, type Stage } from '../../domain';
import { choicesOf } from '../../lib/choices';

/** On edit, the stored stage and the moves the rules allow from it to who edits; on create, every stage. */
export const stageChoicesFrom = (storedStage?: Stage, role?: Role | null) =>
  choicesOf('stage', storedStage ? [storedStage, ...nextStages(storedStage, role)] : STAGES);

/** The note's hint: a correction back before signature says what it clears. */
const noteHelper = (storedStage: Stage | undefined, stage: Stage | undefined) =>
  storedStage && stage && isSignedStage(storedStage) && !isSignedStage(stage)
    ? 'resources.partnerships.helpers.unsign'
    : 'resources.partnerships.helpers.stageNote';

/**
 * The stage and what a change of stage needs: a note for the history (shown once the stage
 * differs from the stored one), the signing date, and a reason when closing.
 */
export function StageInputs({ storedStage, role }: { storedStage?: Stage; role?: Role | null }) {
  const stage = useWatch({ name: 'stage' }) as Stage | undefined;
  const isFinal = storedStage !== undefined && nextStages(storedStage, role).length === 0;
  const stageChanges = storedStage === undefined || stage !== storedStage;
  return (
    <>
      <SelectInput
        source="stage"
        choices={stageChoicesFrom(storedStage, role)}
        validate={required()}
        helperText={isFinal ? 'app.stage.refused.terminal' : 'resources.partnerships.helpers.stage'}
        disabled={isFinal}
      />
      <DateInput source="signedAt" helperText="resources.partnerships.helpers.signedAt" />
      {stageChanges ? (
        <TextInput
          source="stageNote"
          multiline
          minRows={2}
          helperText={noteHelper(storedStage, stage)}
          sx={{ gridColumn: '1 / -1' }}
        />
      ) : null}
      {stage === 'closed' ? <TextInput source="closedReason" multiline sx={{ gridColumn: '1 / -1' }} /> : null}
    </>
  );
}
