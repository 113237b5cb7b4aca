import { z } from 'zod';
import { defineRoute, type RouteDefinition } from '../../http/route.js';
import { STAFF } from '../auth/auth-user.js';
import {
  createDriverBody,
  createShiftBody,
  createVehicleBody,
  driverView,
  shiftsQuery,
  shiftView,
  vehicleView,
} from './fleet.schema.js';
import type { FleetService } from './fleet.service.js';

export function fleetRoutes(fleet: FleetService): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/vehicles',
      tag: 'fleet',
      summary: 'All vehicles with their places and features',
      roles: STAFF,
      response: z.array(vehicleView),
      handler: async () => ({ body: await fleet.listVehicles() }),
    }),
    defineRoute({
      method: 'post',
      path: '/vehicles',
      tag: 'fleet',
      summary: 'Add a vehicle (administrators)',
      roles: ['admin'],
      body: createVehicleBody,
      response: vehicleView,
      successStatus: 201,
      otherResponses: { 409: 'A vehicle with this plate exists' },
      handler: async ({ body, user }) => ({
        status: 201,
        body: await fleet.createVehicle(body, user),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/drivers',
      tag: 'fleet',
      summary: 'All drivers',
      roles: STAFF,
      response: z.array(driverView),
      handler: async () => ({ body: await fleet.listDrivers() }),
    }),
    defineRoute({
      method: 'post',
      path: '/drivers',
      tag: 'fleet',
      summary: 'Add a driver with a login (administrators)',
      roles: ['admin'],
      body: createDriverBody,
      response: driverView,
      successStatus: 201,
      otherResponses: { 409: 'The username is taken' },
      handler: async ({ body, user }) => ({
        status: 201,
        body: await fleet.createDriver(body, user),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/shifts',
      tag: 'fleet',
      summary: 'Shifts working on a local date (Europe/Istanbul)',
      roles: STAFF,
      query: shiftsQuery,
      response: z.array(shiftView),
      handler: async ({ query }) => ({ body: await fleet.shiftsOn(query.date) }),
    }),
    defineRoute({
      method: 'post',
      path: '/shifts',
      tag: 'fleet',
      summary: 'Plan a shift: a driver in a vehicle for a time span (administrators)',
      roles: ['admin'],
      body: createShiftBody,
      response: shiftView,
      successStatus: 201,
      otherResponses: {
        404: 'No such driver or vehicle',
        409: 'Driver or vehicle already works then',
      },
      handler: async ({ body, user }) => ({
        status: 201,
        body: await fleet.createShift(body, user),
      }),
    }),
  ];
}
