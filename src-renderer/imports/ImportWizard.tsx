import { Anchor, Box, Button, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { ImportAnalysis, ImportPreview, ImportResult } from '../../src-main/imports/contract.ts';
import { IMPORT_MAX_BYTES, type ImportMapping } from '../../src-main/imports/targets.ts';
import { ApiError, call } from '../api/client.ts';
import { fieldErrors, notifyError } from '../app/notify.ts';
import { formatNumber, type Language } from '../format/index.ts';
import { ConfirmStep, ResultStep } from './ConfirmStep.tsx';
import { type Busy, ImportProgress } from './ImportProgress.tsx';
import { MappingStep } from './MappingStep.tsx';
import { PreviewStep } from './PreviewStep.tsx';
import { readAsBase64 } from './read-file.ts';

const STEPS = ['file', 'mapping', 'preview', 'confirm', 'result'] as const;
type Step = (typeof STEPS)[number];

/**
 * The import wizard (route /foyers/import): choose the file → map its columns → check every row → confirm → result.
 * The file is read here and sent as base64; everything else (decoding, checks, matching, writing) is the backend's.
 */
export function ImportWizard() {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const [step, setStep] = useState<Step>('file');
  const [chosen, setChosen] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [upload, setUpload] = useState<{ name: string; base64: string } | null>(null);
  const [analysis, setAnalysis] = useState<ImportAnalysis | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [mappingErrors, setMappingErrors] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [commitError, setCommitError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // A new step takes the keyboard focus on its heading, so that screen readers announce it.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  const restart = () => {
    setStep('file');
    setChosen(null);
    setUpload(null);
    setAnalysis(null);
    setPreview(null);
    setResult(null);
    setCommitError(null);
  };

  const readFile = async () => {
    if (!chosen) return setFileError(t('imports.file.required'));
    if (chosen.size > IMPORT_MAX_BYTES) {
      return setFileError(t('imports.file.tooHeavy', { size: formatNumber(chosen.size / 1024 / 1024, i18n.language as Language, 1) }));
    }
    setFileError(null);
    setBusy({ phase: 'reading', fraction: 0 });
    try {
      const base64 = await readAsBase64(chosen, (fraction) => setBusy({ phase: 'reading', fraction }));
      const file = { name: chosen.name, base64 };
      setBusy({ phase: 'analysing', fraction: null });
      const found = await call('imports.analyse', { file });
      setUpload(file);
      setAnalysis(found);
      setMapping(found.mapping);
      setMappingErrors({});
      setStep('mapping');
    } catch (error) {
      if (error instanceof ApiError && error.payload.issues.some((issue) => issue.path.startsWith('file'))) setFileError(error.message);
      else notifyError(error);
    } finally {
      setBusy(null);
    }
  };

  const check = async () => {
    if (!upload || !analysis) return;
    setBusy({ phase: 'checking', fraction: null });
    try {
      const checked = await call('imports.preview', { file: upload, mapping });
      await call('imports.saveMapping', { headers: analysis.headers, mapping });
      setMappingErrors({});
      setPreview(checked);
      setStep('preview');
    } catch (error) {
      setMappingErrors(fieldErrors(error));
      notifyError(error);
    } finally {
      setBusy(null);
    }
  };

  const commit = async () => {
    if (!upload) return;
    setCommitError(null);
    setBusy({ phase: 'writing', fraction: null });
    try {
      setResult(await call('imports.commit', { file: upload, mapping }));
      setStep('result');
    } catch (error) {
      setCommitError(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  };

  const index = STEPS.indexOf(step);
  return (
    <Stack maw={1200}>
      <Anchor component={Link} href="/foyers" size="sm">
        {t('imports.backToHouseholds')}
      </Anchor>
      <Title order={1}>{t('imports.title')}</Title>
      <Text size="sm">{t('imports.intro')}</Text>

      <Box component="ol" aria-label={t('imports.steps.label')} style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1.5rem', listStyle: 'none', padding: 0, margin: 0 }}>
        {STEPS.map((name, i) => (
          <li key={name} aria-current={i === index ? 'step' : undefined}>
            <Text span size="sm" fw={i === index ? 700 : 400} c={i === index ? 'blue.9' : i < index ? 'gray.9' : 'gray.7'} td={i === index ? 'underline' : undefined}>
              {i + 1}. {t(`imports.steps.${name}`)}
            </Text>
          </li>
        ))}
      </Box>

      <Title order={2} size="h3" ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
        {t('imports.steps.current', { n: index + 1, total: STEPS.length, name: t(`imports.steps.${step}`) })}
      </Title>

      {busy && <ImportProgress busy={busy} rowCount={analysis?.rowCount ?? 0} />}

      {step === 'file' && (
        <Stack maw={640}>
          <FileInput
            label={t('imports.file.label')}
            description={t('imports.file.hint')}
            placeholder={t('imports.file.placeholder')}
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            leftSection={<IconFileUpload size={16} aria-hidden />}
            value={chosen}
            onChange={(file) => {
              setChosen(file);
              setFileError(null);
            }}
            error={fileError}
            clearable
            withAsterisk
            // Mantine's placeholder grey is too pale for WCAG AA.
            styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
          />
          <Group>
            <Button onClick={() => void readFile()} loading={busy !== null}>
              {t('imports.file.read')}
            </Button>
          </Group>
        </Stack>
      )}

      {step === 'mapping' && analysis && (
        <MappingStep
          analysis={analysis}
          mapping={mapping}
          errors={mappingErrors}
          onChange={setMapping}
          onBack={restart}
          onCheck={() => void check()}
          busy={busy !== null}
        />
      )}

      {step === 'preview' && preview && (
        <PreviewStep preview={preview} mapping={mapping} onBack={() => setStep('mapping')} onContinue={() => setStep('confirm')} />
      )}

      {step === 'confirm' && preview && (
        <ConfirmStep preview={preview} error={commitError} busy={busy !== null} onBack={() => setStep('preview')} onStart={() => void commit()} />
      )}

      {step === 'result' && result && <ResultStep result={result} onAgain={restart} onSeeHouseholds={() => navigate('/foyers')} />}
    </Stack>
  );
}
