import { Hono } from 'hono';
import type { AppDeps } from '../../app';

export const eventsRoutes = (_deps: AppDeps) => new Hono();
