import { invalid } from '../errors.ts';
import type { Request, RequestEvent } from './model.ts';
import { REQUEST_TRANSITIONS, type RequestStatus } from './types.ts';
import type { Transition } from './validation.ts';

/** What the level handling a request has around it: a parent, and room for any below it. */
export interface LevelReach {
  above: boolean;
  below: boolean;
}

/**
 * Where a request may go from its status: ESCALATED only while there is a level above,
 * ASSIGNED only from a level whose type may hold organizations.
 */
export const allowedTransitions = (status: RequestStatus, reach: LevelReach): RequestStatus[] =>
  REQUEST_TRANSITIONS[status].filter(
    (to) => (to !== 'ESCALATED' || reach.above) && (to !== 'ASSIGNED' || reach.below),
  );

export interface TransitionContext {
  at: string;
  eventId: string;
  /** Login of the account acting (null for the system). */
  actor: string | null;
  /** The parent of the level handling the request now: where an escalation goes. */
  levelAbove: string | null;
  /** Whether that level's type may hold organizations, to hand a request down to. */
  levelMayHoldOthers: boolean;
}

function refuse(request: Request, to: RequestStatus, allowed: RequestStatus[]): never {
  const listed = REQUEST_TRANSITIONS[request.status].includes(to);
  const why =
    listed && to === 'ESCALATED'
      ? ' There is no level above the one handling it.'
      : listed && to === 'ASSIGNED'
        ? ' There is no level below the one handling it.'
        : '';
  const choices = [allowed.slice(0, -1).join(', '), allowed.at(-1)].filter(Boolean).join(' or ');
  throw invalid(
    'to',
    allowed.length
      ? `A ${request.status} request can move to ${choices}, not to ${to}.${why}`
      : `A ${request.status} request is final; nothing more happens to it.`,
  );
}

/**
 * One step of the lifecycle, computed without touching the database: the request as it
 * will be, with the step on its timeline. Refuses illegal steps (naming the allowed ones)
 * and steps missing what they need (a reason to escalate, an organization to hand it to,
 * an evaluation to close). Whether that organization lies below the level is the caller's
 * to check: it needs the database.
 */
export function applyTransition(
  request: Request,
  step: Transition,
  context: TransitionContext,
): Request {
  const allowed = allowedTransitions(request.status, {
    above: context.levelAbove !== null,
    below: context.levelMayHoldOthers,
  });
  if (!allowed.includes(step.to)) refuse(request, step.to, allowed);
  if (step.to === 'ASSIGNED' && !step.toOrganizationId)
    throw invalid(
      'toOrganizationId',
      'Choose the organization below this level to hand it to (交办单位).',
    );
  if (step.to !== 'ASSIGNED' && step.toOrganizationId)
    throw invalid(
      'toOrganizationId',
      'Only handing a request down (ASSIGNED) names an organization; an escalation goes to the level above.',
    );
  if (step.to === 'ESCALATED' && !step.reason)
    throw invalid('reason', 'Say why this level cannot solve it (上报原因).');
  if (step.to !== 'ESCALATED' && step.reason)
    throw invalid('reason', 'Only an escalation takes a reason; write a note instead.');
  if (step.to === 'CLOSED' && !step.evaluation)
    throw invalid('evaluation', 'Record the resident’s evaluation (群众评议) to close it.');
  if (step.to !== 'CLOSED' && (step.evaluation || step.evaluationComment))
    throw invalid(
      'evaluation',
      'The resident’s evaluation is recorded when the request is closed.',
    );

  const event: RequestEvent = {
    id: context.eventId,
    requestId: request.id,
    at: context.at,
    from: request.status,
    to: step.to,
    organizationId: request.handlingOrganizationId,
    toOrganizationId: step.to === 'ESCALATED' ? context.levelAbove : step.toOrganizationId,
    actor: context.actor,
    note: step.note,
    reason: step.reason,
    evaluation: step.evaluation,
  };
  const updated: Request = {
    ...request,
    status: step.to,
    timeline: [...request.timeline, event],
    version: request.version + 1,
    updatedAt: context.at,
  };
  if (step.to === 'ESCALATED') {
    updated.handlingOrganizationId = context.levelAbove as string;
    updated.escalations = request.escalations + 1;
  }
  if (step.to === 'ASSIGNED') updated.handlingOrganizationId = step.toOrganizationId as string;
  if (step.to === 'RESOLVED') updated.resolvedAt = context.at;
  if (step.to === 'IN_PROGRESS' && request.status === 'RESOLVED') updated.resolvedAt = null;
  if (step.to === 'CLOSED') {
    updated.closedAt = context.at;
    updated.evaluation = step.evaluation;
    updated.evaluationComment = step.evaluationComment;
  }
  return updated;
}

/** The first event of every request: received by its origin. It shares the request's id. */
export const receivedEvent = (
  request: Pick<Request, 'id' | 'createdAt' | 'originOrganizationId'>,
  actor: string | null,
): RequestEvent => ({
  id: request.id,
  requestId: request.id,
  at: request.createdAt,
  from: null,
  to: 'RECEIVED',
  organizationId: request.originOrganizationId,
  toOrganizationId: null,
  actor,
  note: null,
  reason: null,
  evaluation: null,
});
