/**
 * An activity's ways to get in touch and to get there: phone, email, website and directions on
 * OpenStreetMap. Only http(s), mailto and tel links are ever made; anything else is left out.
 */
import { html, nothing } from 'lit';
import { located } from '../../feed/located.js';
import type { Activity } from '../../feed/schema.js';
import type { Catalogue } from '../../i18n/en.js';
import { mailtoHref, telHref, webHref } from '../shared/links.js';

/** Directions to a place on OpenStreetMap, from wherever the visitor tells it. */
export function directionsHref(place: { lat: number; lng: number }): string {
  return `https://www.openstreetmap.org/directions?route=%3B${place.lat}%2C${place.lng}`;
}

export function renderContactLinks(msg: Catalogue, activity: Activity) {
  const { contact, location } = activity;
  const phone = telHref(contact?.phone);
  const email = mailtoHref(contact?.email);
  const website = webHref(contact?.url ?? activity.url ?? activity.organisation?.url);
  const place = located(location);
  const links = [
    phone && { href: phone, text: msg.call(contact!.phone!) },
    email && { href: email, text: `${msg.email}: ${contact!.email}` },
    website && { href: website, text: msg.website, external: true },
    place && { href: directionsHref(place), text: msg.directions, external: true },
  ].filter((link): link is { href: string; text: string; external?: boolean } => Boolean(link));
  if (links.length === 0) return nothing;
  return html`<ul class="contact" aria-label=${msg.contactLabel(activity.title)}>
    ${links.map((link) => html`<li><a part="link" href=${link.href} rel=${link.external ? 'noopener noreferrer' : nothing}>${link.text}</a></li>`)}
  </ul>`;
}
