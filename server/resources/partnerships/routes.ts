import { Hono } from 'hono';
import type { AppDeps } from '../../app';

export const partnershipsRoutes = (_deps: AppDeps) => new Hono();
