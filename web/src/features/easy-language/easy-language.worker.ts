/// <reference lib="webworker" />
import type { EasyLanguageCheckRequest } from './easyLanguageTypes';
import { runEasyLanguageCheck } from './runEasyLanguageCheck';

export interface WorkerRequest {
  id: number;
  request: EasyLanguageCheckRequest;
}

// Checking a long article takes tens of milliseconds: off the main thread, typing never waits for it.
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, request } = event.data;
  try {
    self.postMessage({ id, response: runEasyLanguageCheck(request) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
