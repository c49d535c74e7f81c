// Vitest setup: an in-memory IndexedDB for Dexie code (fake-indexeddb needs structuredClone, which Node has).
import 'fake-indexeddb/auto';
