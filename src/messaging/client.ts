// Sending typed requests and checking the answers. Errors come back as values.
import * as v from 'valibot';
import { sendRuntimeMessage, sendTabMessage } from '../platform/browser';
import {
  ReplySchema,
  describeIssues,
  failure,
  tabMessages,
  workerMessages,
  type Envelope,
  type Reply,
  type RequestOf,
  type ResponseOf,
  type TabMessages,
  type WorkerMessages,
} from './protocol';

function envelope(type: string, payload: unknown): Envelope {
  return { hearken: 1, type, payload };
}

function checkReply<T>(raw: unknown, schema: v.GenericSchema<unknown, T>, type: string): Reply<T> {
  // No answer at all is not a refusal: the worker stopped before it answered, so the request may
  // be sent again (the journal outbox drops only batches refused as invalid).
  if (raw === undefined || raw === null) return failure('unavailable', `No answer to "${type}": the service worker stopped before answering.`);
  const reply = v.safeParse(ReplySchema, raw);
  if (!reply.success) return failure('invalid', `No valid answer to "${type}".`);
  if (!reply.output.ok) return reply.output;
  const data = v.safeParse(schema, reply.output.data);
  if (!data.success) return failure('invalid', `Invalid answer to "${type}": ${describeIssues(data.issues)}`);
  return { ok: true, data: data.output };
}

function unreachable(type: string, error: unknown): Reply<never> {
  const message = error instanceof Error ? error.message : String(error);
  return failure('unavailable', `Could not deliver "${type}": ${message}`);
}

export async function askWorker<K extends keyof WorkerMessages>(
  type: K,
  payload: RequestOf<WorkerMessages, K>,
): Promise<Reply<ResponseOf<WorkerMessages, K>>> {
  try {
    const raw = await sendRuntimeMessage(envelope(type, payload));
    return checkReply(raw, workerMessages[type].response as v.GenericSchema<unknown, ResponseOf<WorkerMessages, K>>, type);
  } catch (error) {
    return unreachable(type, error);
  }
}

export async function askTab<K extends keyof TabMessages>(
  tabId: number,
  type: K,
  payload: RequestOf<TabMessages, K>,
): Promise<Reply<ResponseOf<TabMessages, K>>> {
  try {
    const raw = await sendTabMessage(tabId, envelope(type, payload));
    return checkReply(raw, tabMessages[type].response as v.GenericSchema<unknown, ResponseOf<TabMessages, K>>, type);
  } catch (error) {
    return unreachable(type, error);
  }
}
