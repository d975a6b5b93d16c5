// Queue logs: JSON lines on stderr (stdout carries data), one logger per process.
import { pino, type Logger } from 'pino';

export function queueLogger(name: string, level = 'info'): Logger {
  return pino({ name, level }, pino.destination(2));
}
