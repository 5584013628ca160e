import { Hono } from 'hono';
import type { AppDeps } from '../../app';

export const programsRoutes = (_deps: AppDeps) => new Hono();
