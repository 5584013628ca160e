import { Hono } from 'hono';
import type { AppDeps } from '../../app';

export const gazetteerRoutes = (_deps: AppDeps) => new Hono();
