/**
 * Version of the client–server protocol (WebSocket messages and JSON API shapes). Bump it on any change a
 * client built for the previous version would misread; the server refuses mismatched clients at hello.
 */
// 2: participants receive only the events of the boards they can see, plus `designSlice` messages.
export const PROTOCOL_VERSION = 2
