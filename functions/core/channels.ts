import * as z from 'zod/mini';

/** The channels a turn arrives on; replies are channel-neutral and rendered per channel. */
const CHANNELS = ['sms', 'voice'] as const;
/** The channel a turn arrived on. */
export type Channel = (typeof CHANNELS)[number];
/** A channel, parsed (stored records, stream items). */
export const ChannelSchema = z.enum(CHANNELS);
