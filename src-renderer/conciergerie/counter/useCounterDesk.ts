import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../api/client.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { formatDate, type Language } from '../../format/index.ts';
import type { LoanOptions, PendingCopy } from './PendingLoan.tsx';
import { returnDefaults, type ReturnOptions, type ReturnScan } from './ReturnPanel.tsx';
import type { Feedback } from './ScanFeedback.tsx';
import { playRefusal, playSuccess } from './sounds.ts';

const NO_OPTIONS: LoanOptions = { lentOn: '', dueOn: '', depositMethod: 'cash' };

/** What a refusal from the backend says: its reasons one by one when it gives them, else its message. */
function reasonsOf(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [String(error)];
  const issues = error.payload.issues.map((issue) => issue.message);
  return issues.length > 0 ? issues : [error.message];
}

/** Typed text that may be a name (a member who forgot their card): letters only, three at least. */
const looksLikeName = (text: string) => /^\p{L}[\p{L}' -]{2,}$/u.test(text);

/**
 * The counter's state and what it does: a card selects the member; copies scanned join the loan being prepared or
 * are refused at once with the reason; a copy out on loan is taken back; Enter on the empty input confirms; Escape
 * clears. Scans are handled one after the other, in the order they were typed.
 */
export function useCounterDesk() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const canWrite = useCan('conciergerie', 'write');
  const inputRef = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [memberId, setMemberId] = useState<number | null>(null);
  const [pending, setPending] = useState<PendingCopy[]>([]);
  const [returning, setReturning] = useState<ReturnScan | null>(null);
  const [returnOptions, setReturnOptions] = useState<ReturnOptions | null>(null);
  const [loanOptions, setLoanOptions] = useState<LoanOptions>(NO_OPTIONS);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [lastLoanIds, setLastLoanIds] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  const member = useApiQuery('counter.member', { memberId: memberId ?? 0 }, memberId !== null);
  const checkOut = useApiMutation('loans.checkOut');
  const checkIn = useApiMutation('loans.checkIn');
  const renew = useApiMutation('loans.renew');
  const placeHold = useApiMutation('holds.place');

  // Scans arrive faster than renders: each one reads the latest state from here and runs after the previous one.
  const live = useRef({ memberId, pending, returning, returnOptions, loanOptions });
  live.current = { ...live.current, returnOptions, loanOptions };
  const chain = useRef<Promise<void>>(Promise.resolve());
  const update = (changes: Partial<{ memberId: number | null; pending: PendingCopy[]; returning: ReturnScan | null }>) => {
    live.current = { ...live.current, ...changes };
    if ('memberId' in changes) setMemberId(changes.memberId ?? null);
    if ('pending' in changes) setPending(changes.pending ?? []);
    if ('returning' in changes) {
      const options = changes.returning ? returnDefaults(changes.returning) : null;
      live.current.returnOptions = options;
      setReturning(changes.returning ?? null);
      setReturnOptions(options);
    }
  };

  const focusInput = () => inputRef.current?.focus();
  const succeed = (next: Feedback) => {
    playSuccess();
    setFeedback(next);
  };
  const refuse = (next: Omit<Feedback, 'tone'>) => {
    playRefusal();
    setFeedback({ tone: 'error', ...next });
  };

  useEffect(() => {
    focusInput();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'F2') {
        event.preventDefault();
        focusInput();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const clearAll = () => {
    update({ memberId: null, pending: [], returning: null });
    setLoanOptions(NO_OPTIONS);
    setLastLoanIds([]);
    setCode('');
    setFeedback(null);
    focusInput();
  };

  const selectMember = (id: number) => {
    update({ memberId: id, returning: null });
    setLastLoanIds([]);
  };

  /** A member chosen among those found by name (their card forgotten). */
  const pickMember = (id: number) => {
    selectMember(id);
    setFeedback(null);
    focusInput();
  };

  async function handleScan(text: string) {
    const current = live.current;
    let result;
    try {
      result = await call('counter.scan', { code: text, memberId: current.memberId, pending: current.pending.map((item) => item.copy.barcode) });
    } catch (error) {
      refuse({ message: t('counter.scanFailed'), details: reasonsOf(error) });
      return;
    }
    switch (result.kind) {
      case 'member': {
        if (current.pending.length > 0 && result.member.id !== current.memberId) {
          refuse({ message: t('counter.finishFirst') });
          return;
        }
        selectMember(result.member.id);
        const who = t('counter.memberLabel', { number: result.member.number, name: result.member.name });
        if (result.member.blocks.length > 0) refuse({ message: t('counter.memberBlocked', { who }), details: result.member.blocks.map((block) => block.message) });
        else succeed({ tone: 'success', message: t('counter.memberReady', { who, count: result.member.loansLeft }) });
        return;
      }
      case 'lend': {
        const { copy } = result;
        if (result.refusals.length > 0) {
          const waitable = copy.status === 'on_loan' || copy.status === 'reserved' || copy.status === 'in_repair';
          refuse({
            message: t('counter.copyRefused', { title: copy.title, barcode: copy.barcode }),
            details: result.refusals,
            holdOffer: waitable && canWrite ? { itemId: copy.itemId, title: copy.title } : undefined,
          });
          return;
        }
        update({ pending: [...current.pending, { copy, dueOn: result.dueOn }] });
        succeed({ tone: 'success', message: t('counter.copyAdded', { title: copy.title, barcode: copy.barcode, date: formatDate(result.dueOn, language) }) });
        return;
      }
      case 'return':
        update({ returning: result });
        succeed({ tone: 'info', message: t('counter.toReturn', { title: result.copy.title, number: result.loan.memberNumber }) });
        return;
      case 'copy':
        playRefusal();
        setFeedback({ tone: 'info', message: result.message });
        return;
      case 'unknown': {
        const found = looksLikeName(text) ? await call('members.search', { query: text, limit: 8 }).catch(() => null) : null;
        if (found && found.rows.length > 0) {
          playRefusal();
          setFeedback({ tone: 'info', message: t('counter.membersFound', { count: found.rows.length }), members: found.rows.map(({ id, number, name }) => ({ id, number, name })) });
          return;
        }
        refuse({ message: result.message });
      }
    }
  }

  async function confirmLoan() {
    const { memberId: id, pending: items, loanOptions: options } = live.current;
    if (id === null || items.length === 0) return;
    const deposit = items.some((item) => item.copy.depositCents > 0);
    setBusy(true);
    try {
      const out = await checkOut.mutateAsync({
        memberId: id,
        barcodes: items.map((item) => item.copy.barcode),
        lentOn: options.lentOn || null,
        dueOn: options.dueOn || null,
        depositMethod: deposit ? options.depositMethod : null,
      });
      update({ pending: [] });
      setLoanOptions(NO_OPTIONS);
      setLastLoanIds(out.loans.map((loan) => loan.id));
      succeed({ tone: 'success', message: out.message, details: out.deposits.map((payment) => t('counter.depositTaken', { receipt: payment.receiptNumber })) });
    } catch (error) {
      refuse({ message: t('counter.loanRefused'), details: reasonsOf(error) });
    } finally {
      setBusy(false);
      focusInput();
    }
  }

  async function confirmReturn() {
    const { returning: scan, returnOptions: options } = live.current;
    if (!scan || !options) return;
    const heldDeposit = scan.copy.depositCents > 0 && scan.loan.depositReturned === false;
    setBusy(true);
    try {
      const out = await checkIn.mutateAsync({
        barcode: scan.copy.barcode,
        condition: options.condition === 'unchanged' ? null : options.condition,
        note: options.note,
        returnedOn: options.returnedOn || null,
        deposit: !heldDeposit ? null : options.deposit === 'return' ? { action: 'return', method: options.depositMethod } : { action: 'keep', reason: options.keepReason },
      });
      update({ returning: null });
      succeed({ tone: 'success', message: out.message, details: out.setAside ? [out.setAside.message] : undefined });
    } catch (error) {
      refuse({ message: t('counter.returnRefused'), details: reasonsOf(error) });
    } finally {
      setBusy(false);
      focusInput();
    }
  }

  const confirmCurrent = () => {
    if (live.current.returning) return confirmReturn();
    if (live.current.pending.length > 0) return confirmLoan();
    setFeedback({ tone: 'info', message: t('counter.nothingToConfirm') });
    return undefined;
  };

  const onRenew = async (loanId: number) => {
    try {
      succeed({ tone: 'success', message: (await renew.mutateAsync({ id: loanId })).message });
    } catch (error) {
      refuse({ message: t('counter.renewRefused'), details: reasonsOf(error) });
    }
  };

  const onPlaceHold = async (itemId: number) => {
    const id = live.current.memberId;
    if (id === null) return;
    try {
      succeed({ tone: 'success', message: (await placeHold.mutateAsync({ memberId: id, itemId })).message });
    } catch (error) {
      refuse({ message: t('counter.holdRefused'), details: reasonsOf(error) });
    } finally {
      focusInput();
    }
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      clearAll();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const text = event.currentTarget.value.trim();
      setCode('');
      chain.current = chain.current.then(() => (text ? handleScan(text) : canWrite ? confirmCurrent() : undefined));
    }
  };

  const removePending = (barcode: string) => update({ pending: live.current.pending.filter((item) => item.copy.barcode !== barcode) });

  return {
    inputRef,
    code,
    setCode,
    memberId,
    member: member.data,
    pending,
    removePending,
    returning,
    returnOptions,
    setReturnOptions,
    loanOptions,
    setLoanOptions,
    feedback,
    lastLoanIds,
    busy,
    canWrite,
    onKeyDown,
    clearAll,
    pickMember,
    onRenew,
    onPlaceHold,
    confirmLoan,
    confirmReturn,
  };
}
