// Validates and dispatches one message map. Free of browser APIs so it is tested in Node.
import * as v from 'valibot';
import { EnvelopeSchema, describeIssues, failure, type Reply } from './protocol';

type MessageMap = Record<string, { request: v.GenericSchema; response: v.GenericSchema }>;

/** The parts of a runtime.MessageSender the router looks at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
}

export type Handlers<M extends MessageMap, Ctx> = {
  [K in keyof M]: (request: v.InferOutput<M[K]['request']>, context: Ctx) => Promise<v.InferOutput<M[K]['response']>>;
};

export interface RouterOptions<Ctx> {
  /** Whether a sender may talk to us at all (our own extension only). */
  isTrusted(sender: SenderInfo): boolean;
  /** Builds what handlers get besides the request (e.g. the sender's tab). */
  context(sender: SenderInfo): Ctx;
  /** Errors thrown by handlers that should be answered with a specific code. */
  classifyError?(error: unknown): { code: 'quota' | 'failed' | 'unavailable'; message: string } | undefined;
  log?(message: string): void;
}

export function createRouter<M extends MessageMap, Ctx>(map: M, handlers: Handlers<M, Ctx>, options: RouterOptions<Ctx>) {
  const log = options.log ?? ((message: string) => console.warn(`[hearken] ${message}`));
  return async function route(message: unknown, sender: SenderInfo): Promise<Reply<unknown>> {
    if (!options.isTrusted(sender)) {
      log(`refused a message from outside the extension (${sender.url ?? sender.origin ?? sender.id ?? 'unknown sender'})`);
      return failure('forbidden', 'Hearken only answers its own pages and content scripts.');
    }
    const envelope = v.safeParse(EnvelopeSchema, message);
    if (!envelope.success) {
      log('refused a malformed message');
      return failure('invalid', `Malformed message: ${describeIssues(envelope.issues)}`);
    }
    const { type, payload } = envelope.output;
    if (!Object.hasOwn(map, type)) {
      log(`refused an unknown message type "${type}"`);
      return failure('unknown-type', `Unknown message type "${type}".`);
    }
    const entry = map[type]!;
    const request = v.safeParse(entry.request, payload);
    if (!request.success) {
      log(`refused "${type}": ${describeIssues(request.issues)}`);
      return failure('invalid', `Invalid "${type}" request: ${describeIssues(request.issues)}`);
    }
    try {
      const handler = handlers[type as keyof M];
      const data = await handler(request.output, options.context(sender));
      return { ok: true, data };
    } catch (error) {
      const classified = options.classifyError?.(error);
      const text = classified?.message ?? (error instanceof Error ? error.message : String(error));
      log(`"${type}" failed: ${text}`);
      return failure(classified?.code ?? 'failed', text);
    }
  };
}
