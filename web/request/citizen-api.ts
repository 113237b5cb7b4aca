import type { BookingView } from '../../src/features/bookings/bookings.schema.js';
import { apiGet, apiRequest } from '../shared/api.js';
import { type Session, saveSession } from '../shared/session.js';

export type { BookingView };

export interface MeCitizen {
  id: string;
  fullName: string;
  relation: 'self' | 'relative';
  home: { placeId: string | null; label: string; lat: number; lng: number } | null;
}
export interface Me {
  userId: string;
  name: string;
  citizens: MeCitizen[];
}
export interface CitizenService {
  id: string;
  nameTr: string;
  nameEn: string;
  eligible: boolean;
  applied: boolean;
  timing: 'pickup' | 'arrive-by';
  asapAllowed: boolean;
  returnTrip: boolean;
  maxCompanions: number;
}
export interface SavedAddress {
  id: string;
  label: string;
  placeId: string | null;
  lat: number;
  lng: number;
  /** The door there (street, building, floor, flat, directions), when the office saved one. */
  address: Partial<
    Record<'street' | 'buildingNo' | 'floor' | 'flat' | 'directions', string>
  > | null;
}
export interface RideVehicle {
  status: string;
  plate: string | null;
  driverFirstName: string | null;
  position: { lat: number; lng: number; at: string } | null;
  eta: string | null;
  etaSource: 'gps' | 'plan' | null;
}

export async function askForCode(phone: string): Promise<{ expiresIn: number }> {
  return (
    await apiRequest<{ expiresIn: number }>('/auth/citizen/code', {
      method: 'POST',
      body: { phone },
    })
  ).body;
}

/** Spends the code and keeps the session like the staff pages do (a citizen role). */
export async function signIn(phone: string, code: string): Promise<void> {
  const { body } = await apiRequest<unknown>('/auth/citizen/verify', {
    method: 'POST',
    body: { phone, code },
  });
  saveSession(body as Session);
}

export const me = () => apiGet<Me>('/me');
export const servicesOf = (citizenId: string) =>
  apiGet<CitizenService[]>(`/me/citizens/${citizenId}/services`);
export const addressesOf = (citizenId: string) =>
  apiGet<SavedAddress[]>(`/me/citizens/${citizenId}/addresses`);
export const ridesOf = (citizenId: string, scope: 'upcoming' | 'past') =>
  apiGet<BookingView[]>(`/me/citizens/${citizenId}/rides?scope=${scope}`);
export const ride = (id: string) => apiGet<BookingView>(`/me/rides/${id}`);
export const rideVehicle = (id: string) => apiGet<RideVehicle>(`/me/rides/${id}/vehicle`);

export async function apply(citizenId: string, serviceId: string): Promise<void> {
  await apiRequest(`/me/citizens/${citizenId}/applications`, {
    method: 'POST',
    body: { serviceId },
  });
}

export async function book(body: Record<string, unknown>, key: string): Promise<BookingView> {
  return (
    await apiRequest<BookingView>('/bookings', {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': key },
    })
  ).body;
}

export async function cancelRide(id: string, reason: string): Promise<BookingView> {
  return (
    await apiRequest<BookingView>(`/me/rides/${id}/cancel`, {
      method: 'POST',
      body: { reason, cancelReturn: true },
    })
  ).body;
}
