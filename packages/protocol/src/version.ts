/**
 * Version of the client–server protocol (WebSocket messages and JSON API shapes). Bump it on any change a
 * client built for the previous version would misread; the server refuses mismatched clients at hello.
 */
export const PROTOCOL_VERSION = 1
