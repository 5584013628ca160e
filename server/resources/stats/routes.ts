import { Hono } from 'hono';
import type { AppDeps } from '../../app';

export const statsRoutes = (_deps: AppDeps) => new Hono();
