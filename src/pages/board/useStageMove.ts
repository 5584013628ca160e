import { useCallback, useRef, useState } from 'react';
import { useQueryClient, type Query } from '@tanstack/react-query';
import { HttpError, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { Partnership, Stage } from '../../domain';
import { isMessageKey } from '../../domain/validationKey';
import { useSignedInUser } from '../../components/useSignedInUser';
import { needsAnything, planMove, type MoveAnswers, type MoveNeeds } from './movePlan';
import { isColumnQuery } from './useStageColumn';
import { useFocusAfterMove } from './useFocusAfterMove';

export interface MoveAsked {
  card: Partnership;
  to: Stage;
  needs: MoveNeeds;
}

export interface PendingMove {
  card: Partnership;
  to: Stage;
}

/** Why the server refused: a field's reason when it names one (a date rule), else its message; a 409 in the board's words. */
function refusalOf(error: unknown): string {
  if (!(error instanceof HttpError)) return 'app.error.server';
  if (error.status === 409) return 'board.move.conflict';
  const fieldReason = Object.values((error.body?.errors ?? {}) as Record<string, unknown>).find(
    (reason): reason is string => typeof reason === 'string' && isMessageKey(reason),
  );
  if (fieldReason) return fieldReason;
  return isMessageKey(error.message) ? error.message : 'app.error.server';
}

export const pairOf = (card: Pick<Partnership, 'africanCityName' | 'usCityName'>) => `${card.africanCityName} ↔ ${card.usCityName}`;

/** What a change of stage makes stale: the two columns, the other views of partnerships, the home's figures. */
const staleAfterMove = (stages: readonly Stage[]) => (query: Query) => {
  const [head, kind] = query.queryKey;
  if (head === 'stats' || head === 'work') return true;
  return head === 'partnerships' && (kind !== 'getInfiniteList' || isColumnQuery(query.queryKey, stages));
};

/**
 * A move of a card to another stage: refused at once when the rule allows no answer, asked
 * first when the stage needs a date, a reason or a note, then sent as ONE update. The card
 * shows in its new column while the request runs (`pending`); a refusal puts it back and says why.
 */
export function useStageMove() {
  const dataProvider = useDataProvider();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const translate = useTranslate();
  const { user } = useSignedInUser();
  const [asked, setAsked] = useState<MoveAsked | null>(null);
  const [pending, setPending] = useState<PendingMove | null>(null);
  // Read by `request` without making it a new function (and every card re-render) at each move.
  const moving = useRef(false);
  const focusCard = useFocusAfterMove();

  const send = useCallback(
    async (card: Partnership, to: Stage, answers: MoveAnswers = {}) => {
      moving.current = true;
      setPending({ card, to });
      focusCard(card.id);
      try {
        await dataProvider.update<Partnership>('partnerships', {
          id: card.id,
          data: { version: card.version, stage: to, ...answers },
          previousData: card,
        });
        await queryClient.invalidateQueries({ predicate: staleAfterMove([card.stage, to]) });
        notify('board.move.moved', { type: 'success', messageArgs: { pair: pairOf(card), stage: translate(`app.stage.${to}`) } });
      } catch (error) {
        notify(refusalOf(error), { type: 'error' });
        // A stale version: the column reloads, so the next try carries the record as it now is.
        if (error instanceof HttpError && error.status === 409) {
          await queryClient.invalidateQueries({ predicate: (query) => isColumnQuery(query.queryKey, [card.stage]) });
        }
      } finally {
        moving.current = false;
        setPending(null);
        focusCard(card.id);
      }
    },
    [dataProvider, queryClient, notify, translate, focusCard],
  );

  const request = useCallback(
    (card: Partnership, to: Stage) => {
      if (card.stage === to || moving.current) return;
      const plan = planMove(card, to, user?.role);
      if ('refusal' in plan) notify(plan.refusal, { type: 'error' });
      else if (needsAnything(plan.needs)) setAsked({ card, to, needs: plan.needs });
      else void send(card, to);
    },
    [user?.role, notify, send],
  );

  const confirm = useCallback(
    (answers: MoveAnswers) => {
      if (!asked) return;
      setAsked(null);
      void send(asked.card, asked.to, answers);
    },
    [asked, send],
  );
  const cancel = useCallback(() => setAsked(null), []);

  return { request, asked, confirm, cancel, pending };
}
