import { Anchor, Group, Stack, Stepper, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  type ImportMapping,
  type ImportPreview,
  type ImportReport,
  type ImportStatus,
  importFields,
} from '../api/supplier-imports.api.ts';
import { CheckStep } from './check-step.tsx';
import { MappingStep } from './mapping-step.tsx';
import { ProgressStep } from './progress-step.tsx';
import { UploadStep } from './upload-step.tsx';

type WizardState =
  | { step: 'upload' }
  | { step: 'mapping'; preview: ImportPreview; mapping: ImportMapping; report: ImportReport | null }
  | { step: 'check'; preview: ImportPreview; mapping: ImportMapping; report: ImportReport | null }
  | { step: 'progress'; started: ImportStatus };

const stepIndex: Record<WizardState['step'], number> = { upload: 0, mapping: 1, check: 2, progress: 3 };

function toMapping(preview: ImportPreview): ImportMapping {
  const headers = new Set(preview.headers);
  const entries = importFields.map((field) => {
    const header = preview.suggestedMapping[field];
    return [field, header && headers.has(header) ? header : null] as const;
  });
  return Object.fromEntries(entries) as ImportMapping;
}

export function ImportWizardPage() {
  const [state, setState] = useState<WizardState>({ step: 'upload' });

  /** Only the steps before the import started can be revisited. */
  const goTo = (index: number) => {
    if (state.step === 'upload' || state.step === 'progress') return;
    if (index === 0) setState({ step: 'upload' });
    if (index === 1) setState({ ...state, step: 'mapping' });
  };

  return (
    <Stack>
      <Stack gap={4}>
        <Anchor component={Link} to="/suppliers" size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} /> Suppliers
          </Group>
        </Anchor>
        <Title order={2}>Import suppliers</Title>
      </Stack>
      <Stepper active={stepIndex[state.step]} onStepClick={goTo} allowNextStepsSelect={false}>
        <Stepper.Step
          label="Upload file"
          description="CSV or XLSX"
          allowStepSelect={state.step !== 'progress'}
        >
          <UploadStep
            onUploaded={(preview) =>
              setState({ step: 'mapping', preview, mapping: toMapping(preview), report: null })
            }
          />
        </Stepper.Step>
        <Stepper.Step
          label="Map columns"
          description="File columns to fields"
          allowStepSelect={state.step === 'check'}
        >
          {state.step === 'mapping' && (
            <MappingStep
              preview={state.preview}
              mapping={state.mapping}
              // A new mapping makes the last report stale.
              onChange={(mapping) => setState({ ...state, mapping, report: null })}
              onBack={() => setState({ step: 'upload' })}
              onNext={() => setState({ ...state, step: 'check' })}
            />
          )}
        </Stepper.Step>
        <Stepper.Step label="Validate" description="Row by row" allowStepSelect={false}>
          {state.step === 'check' && (
            <CheckStep
              importId={state.preview.id}
              mapping={state.mapping}
              report={state.report}
              onReport={(report) => setState({ ...state, report })}
              onBack={() => setState({ ...state, step: 'mapping' })}
              onCommitted={(started) => setState({ step: 'progress', started })}
            />
          )}
        </Stepper.Step>
        <Stepper.Step label="Write" description="All or nothing" allowStepSelect={false}>
          {state.step === 'progress' && (
            <ProgressStep started={state.started} onRestart={() => setState({ step: 'upload' })} />
          )}
        </Stepper.Step>
      </Stepper>
    </Stack>
  );
}
