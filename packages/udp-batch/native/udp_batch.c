// A UDP socket that receives with recvmmsg(2) and sends with sendmmsg(2), calling JavaScript once per batch.
//
// Why: Node's dgram makes one recvmsg, one JS callback and one sendmsg per datagram. For a DNS server answering
// from memory that per-datagram overhead is most of the cost. Here a readable socket is drained BATCH datagrams
// per syscall into buffers that JavaScript owns, JavaScript writes its replies into a second set of buffers, and
// one sendmmsg sends them all.
//
// Memory: every buffer is a Node Buffer allocated by the caller and pinned here by a reference, so nothing is
// copied across the boundary and nothing is freed behind JavaScript's back. Layout (per slot i < BATCH):
//   rx   [i * RX_SLOT]    the datagram
//   tx   [i * TX_SLOT]    the reply, written by JavaScript
//   name [i * NAME_SLOT]  the sender's sockaddr (sockaddr_in or sockaddr_in6)
//   text [i * TEXT_SLOT]  the sender's address as text (inet_ntop)
//   meta [i * META + k]   int32: k=0 datagram length (-1: longer than RX_SLOT, cut), k=1 reply length (0: none),
//                         k=2 text length, k=3 sockaddr length
// Linux only: recvmmsg and sendmmsg are Linux system calls (the JavaScript side falls back to dgram elsewhere).

#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <node_api.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <uv.h>

#define BATCH 64
#define RX_SLOT 4096
#define TX_SLOT 4096
#define NAME_SLOT 32
#define TEXT_SLOT 48
#define META 4
// Batches drained per readiness event before yielding to the event loop, so a flood cannot starve timers and
// other sockets (libuv's own UDP reader stops after 32 datagrams for the same reason).
#define ROUNDS_PER_WAKE 4

enum { BUF_RX, BUF_TX, BUF_NAME, BUF_TEXT, BUF_META, BUF_COUNT };

typedef struct {
  int fd;
  int closing;   // set once the close has begun; onBatch may close the socket in the middle of a batch
  int env_gone;  // the environment was torn down first: no more Node-API calls
  uv_poll_t poll;
  napi_env env;
  napi_ref self;  // keeps the handle object alive while the socket is open, as an active dgram handle is
  napi_ref on_batch;
  napi_ref on_close;
  napi_ref buffers[BUF_COUNT];
  napi_async_context async;
  uint8_t *rx, *tx, *name, *text;
  int32_t *meta;
  struct mmsghdr rmsgs[BATCH];
  struct iovec riov[BATCH];
  struct mmsghdr smsgs[BATCH];
  struct iovec siov[BATCH];
  // Counters read by stats(); doubles in JavaScript, exact up to 2^53.
  uint64_t received, sent, cut, send_failed;
} batch_socket;

static const size_t buffer_sizes[BUF_COUNT] = {
    BATCH * RX_SLOT, BATCH * TX_SLOT, BATCH * NAME_SLOT, BATCH * TEXT_SLOT, BATCH * META * sizeof(int32_t),
};

// Throws the last Node-API error as a JavaScript error (unless one is already pending); returns NULL.
static napi_value throw_last_error(napi_env env) {
  const napi_extended_error_info *info = NULL;
  napi_get_last_error_info(env, &info);
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (!pending) napi_throw_error(env, NULL, info && info->error_message ? info->error_message : "N-API call failed");
  return NULL;
}

#define CALL(env, call)                                  \
  do {                                                   \
    if ((call) != napi_ok) return throw_last_error(env); \
  } while (0)

static napi_value throw_errno(napi_env env, const char *syscall, int error) {
  char message[160];
  snprintf(message, sizeof message, "%s: %s", syscall, strerror(error));
  // The code is the errno name (EADDRINUSE, ...), as Node's own socket errors carry.
  const char *code = error == EADDRINUSE      ? "EADDRINUSE"
                     : error == EACCES        ? "EACCES"
                     : error == EADDRNOTAVAIL ? "EADDRNOTAVAIL"
                     : error == EAFNOSUPPORT  ? "EAFNOSUPPORT"
                     : error == EINVAL        ? "EINVAL"
                                              : "ESYSCALL";
  napi_throw_error(env, code, message);
  return NULL;
}

static void report_exception(napi_env env) {
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (!pending) return;
  napi_value error;
  napi_get_and_clear_last_exception(env, &error);
  // Raises it as an uncaught exception, exactly as an exception thrown in a dgram 'message' listener would be.
  napi_fatal_exception(env, error);
}

static void send_replies(batch_socket *s, int count) {
  int queued = 0;
  for (int i = 0; i < count; i++) {
    int32_t length = s->meta[i * META + 1];
    if (length <= 0 || length > TX_SLOT) continue;
    s->siov[queued].iov_base = s->tx + (size_t)i * TX_SLOT;
    s->siov[queued].iov_len = (size_t)length;
    struct msghdr *header = &s->smsgs[queued].msg_hdr;
    memset(header, 0, sizeof *header);
    header->msg_name = s->name + (size_t)i * NAME_SLOT;
    header->msg_namelen = (socklen_t)s->meta[i * META + 3];
    header->msg_iov = &s->siov[queued];
    header->msg_iovlen = 1;
    queued++;
  }
  for (int done = 0; done < queued;) {
    int sent = sendmmsg(s->fd, s->smsgs + done, (unsigned)(queued - done), MSG_DONTWAIT);
    if (sent > 0) {
      done += sent;
      s->sent += (uint64_t)sent;
    } else if (sent < 0 && errno == EINTR) {
      continue;
    } else if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == ENOBUFS)) {
      // The send buffer is full: drop the rest, as a router would. UDP clients retry.
      s->send_failed += (uint64_t)(queued - done);
      break;
    } else {
      // This one reply cannot go (say, an unreachable destination); skip it and send the others.
      s->send_failed++;
      done++;
    }
  }
}

static void deliver(batch_socket *s, int count) {
  napi_env env = s->env;
  napi_handle_scope scope;
  if (napi_open_handle_scope(env, &scope) != napi_ok) return;
  napi_value callback, receiver, argv[1], result;
  // The receiver must be an object (Node-API converts it with ToObject); the handle is the natural one.
  if (napi_get_reference_value(env, s->on_batch, &callback) == napi_ok &&
      napi_get_reference_value(env, s->self, &receiver) == napi_ok &&
      napi_create_int32(env, count, &argv[0]) == napi_ok) {
    // make_callback (not call_function): runs process.nextTick and microtasks afterwards, like any I/O callback.
    if (napi_make_callback(env, s->async, receiver, callback, 1, argv, &result) != napi_ok) report_exception(env);
  }
  napi_close_handle_scope(env, scope);
}

static void on_readable(uv_poll_t *poll, int status, int events) {
  (void)events;
  batch_socket *s = poll->data;
  if (status < 0) return;
  for (int round = 0; round < ROUNDS_PER_WAKE; round++) {
    for (int i = 0; i < BATCH; i++) {
      s->rmsgs[i].msg_hdr.msg_namelen = NAME_SLOT;
      s->rmsgs[i].msg_hdr.msg_flags = 0;
    }
    int count = recvmmsg(s->fd, s->rmsgs, BATCH, MSG_DONTWAIT, NULL);
    if (count <= 0) return;  // EAGAIN: drained. Other errors (a queued ICMP error) are not ours to report.
    for (int i = 0; i < count; i++) {
      const struct msghdr *header = &s->rmsgs[i].msg_hdr;
      int32_t *meta = s->meta + i * META;
      int cut = (header->msg_flags & MSG_TRUNC) != 0;
      s->cut += (uint64_t)cut;
      meta[0] = cut ? -1 : (int32_t)s->rmsgs[i].msg_len;
      meta[1] = 0;
      meta[3] = (int32_t)header->msg_namelen;
      const struct sockaddr *from = header->msg_name;
      char *text = (char *)s->text + (size_t)i * TEXT_SLOT;
      const void *address = from->sa_family == AF_INET6 ? (const void *)&((const struct sockaddr_in6 *)from)->sin6_addr
                                                        : (const void *)&((const struct sockaddr_in *)from)->sin_addr;
      meta[2] = inet_ntop(from->sa_family, address, text, TEXT_SLOT) == NULL ? 0 : (int32_t)strlen(text);
    }
    s->received += (uint64_t)count;
    deliver(s, count);
    if (s->closing) return;
    send_replies(s, count);
    if (count < BATCH) return;
  }
}

static napi_value get_buffer(napi_env env, napi_value value, size_t want, void **data) {
  bool is_buffer = false;
  CALL(env, napi_is_buffer(env, value, &is_buffer));
  size_t length = 0;
  if (is_buffer) CALL(env, napi_get_buffer_info(env, value, data, &length));
  if (!is_buffer || length != want) {
    napi_throw_range_error(env, "ERR_BUFFER_SIZE", "a batch buffer has the wrong size");
    return NULL;
  }
  return value;
}

static int fill_address(const char *host, uint16_t port, struct sockaddr_storage *out, socklen_t *length) {
  memset(out, 0, sizeof *out);
  struct sockaddr_in *v4 = (struct sockaddr_in *)out;
  struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)out;
  if (inet_pton(AF_INET, host, &v4->sin_addr) == 1) {
    v4->sin_family = AF_INET;
    v4->sin_port = htons(port);
    *length = sizeof *v4;
    return AF_INET;
  }
  if (inet_pton(AF_INET6, host, &v6->sin6_addr) == 1) {
    v6->sin6_family = AF_INET6;
    v6->sin6_port = htons(port);
    *length = sizeof *v6;
    return AF_INET6;
  }
  return -1;
}

static void on_closed(uv_handle_t *handle) {
  batch_socket *s = handle->data;
  napi_env env = s->env;
  if (s->fd >= 0) close(s->fd);
  s->fd = -1;
  if (s->env_gone) {
    // The references died with the environment.
    free(s);
    return;
  }
  napi_handle_scope scope;
  if (napi_open_handle_scope(env, &scope) == napi_ok) {
    napi_value callback, receiver, result;
    if (s->on_close != NULL && napi_get_reference_value(env, s->on_close, &callback) == napi_ok &&
        napi_get_reference_value(env, s->self, &receiver) == napi_ok) {
      if (napi_make_callback(env, s->async, receiver, callback, 0, NULL, &result) != napi_ok) report_exception(env);
    }
    napi_close_handle_scope(env, scope);
  }
  for (int b = 0; b < BUF_COUNT; b++) napi_delete_reference(env, s->buffers[b]);
  napi_delete_reference(env, s->on_batch);
  napi_delete_reference(env, s->self);
  if (s->on_close != NULL) napi_delete_reference(env, s->on_close);
  napi_async_destroy(env, s->async);
  free(s);
}

static void begin_close(batch_socket *s) {
  s->closing = 1;
  uv_poll_stop(&s->poll);
  // Freed by on_closed, once the loop has let go of the poll handle.
  uv_close((uv_handle_t *)&s->poll, on_closed);
}

// The environment is going away (a worker thread ends, the process exits) with the socket still open: close it
// without calling back into JavaScript, which can no longer run.
static void on_env_teardown(void *data) {
  batch_socket *s = data;
  s->env_gone = 1;
  begin_close(s);
}

// open(host, port, receiveBufferBytes, onBatch, rx, tx, name, text, meta) -> handle; handle.port is the bound port.
static napi_value open_socket(napi_env env, napi_callback_info info) {
  size_t argc = 9;
  napi_value argv[9];
  CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (argc != 9) {
    napi_throw_type_error(env, "ERR_ARGUMENTS", "open takes 9 arguments");
    return NULL;
  }
  char host[INET6_ADDRSTRLEN];
  size_t host_length = 0;
  CALL(env, napi_get_value_string_utf8(env, argv[0], host, sizeof host, &host_length));
  int32_t port = 0, receive_buffer = 0;
  CALL(env, napi_get_value_int32(env, argv[1], &port));
  CALL(env, napi_get_value_int32(env, argv[2], &receive_buffer));
  napi_valuetype callback_type;
  CALL(env, napi_typeof(env, argv[3], &callback_type));
  if (callback_type != napi_function || port < 0 || port > 65535) {
    napi_throw_type_error(env, "ERR_ARGUMENTS", "open(host, port 0-65535, receiveBufferBytes, onBatch, ...buffers)");
    return NULL;
  }
  void *data[BUF_COUNT];
  for (int b = 0; b < BUF_COUNT; b++) {
    if (get_buffer(env, argv[4 + b], buffer_sizes[b], &data[b]) == NULL) return NULL;
  }

  struct sockaddr_storage address;
  socklen_t address_length = 0;
  int family = fill_address(host, (uint16_t)port, &address, &address_length);
  if (family < 0) {
    napi_throw_type_error(env, "ERR_INVALID_IP_ADDRESS", "host must be an IPv4 or IPv6 literal");
    return NULL;
  }
  int fd = socket(family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) return throw_errno(env, "socket", errno);
  if (receive_buffer > 0 && setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receive_buffer, sizeof receive_buffer) != 0) {
    int error = errno;
    close(fd);
    return throw_errno(env, "setsockopt SO_RCVBUF", error);
  }
  if (bind(fd, (struct sockaddr *)&address, address_length) != 0) {
    int error = errno;
    close(fd);
    return throw_errno(env, "bind", error);
  }
  struct sockaddr_storage bound;
  socklen_t bound_length = sizeof bound;
  getsockname(fd, (struct sockaddr *)&bound, &bound_length);
  int bound_port = ntohs(family == AF_INET6 ? ((struct sockaddr_in6 *)&bound)->sin6_port
                                            : ((struct sockaddr_in *)&bound)->sin_port);

  batch_socket *s = calloc(1, sizeof *s);
  if (s == NULL) {
    close(fd);
    return throw_errno(env, "calloc", ENOMEM);
  }
  s->fd = fd;
  s->env = env;
  s->rx = data[BUF_RX];
  s->tx = data[BUF_TX];
  s->name = data[BUF_NAME];
  s->text = data[BUF_TEXT];
  s->meta = data[BUF_META];
  for (int i = 0; i < BATCH; i++) {
    s->riov[i].iov_base = s->rx + (size_t)i * RX_SLOT;
    s->riov[i].iov_len = RX_SLOT;
    s->rmsgs[i].msg_hdr.msg_name = s->name + (size_t)i * NAME_SLOT;
    s->rmsgs[i].msg_hdr.msg_iov = &s->riov[i];
    s->rmsgs[i].msg_hdr.msg_iovlen = 1;
  }
  uv_loop_t *loop = NULL;
  int error = napi_get_uv_event_loop(env, &loop) == napi_ok ? uv_poll_init(loop, &s->poll, fd) : UV_EINVAL;
  if (error != 0) {
    close(fd);
    free(s);
    napi_throw_error(env, "ERR_UV_POLL", uv_strerror(error));
    return NULL;
  }
  s->poll.data = s;

  // From here the poll handle exists, so a failure closes it: on_closed closes the socket, drops whatever
  // references were made (the others are NULL, which Node-API refuses harmlessly) and frees the struct.
#define SETUP(call)                             \
  if ((call) != napi_ok) {                      \
    napi_value failure = throw_last_error(env); \
    begin_close(s);                             \
    return failure;                             \
  }
  napi_value handle, resource_name, port_value;
  SETUP(napi_create_reference(env, argv[3], 1, &s->on_batch));
  for (int b = 0; b < BUF_COUNT; b++) SETUP(napi_create_reference(env, argv[4 + b], 1, &s->buffers[b]));
  SETUP(napi_create_object(env, &handle));
  SETUP(napi_create_string_utf8(env, "BLOCKGOV_UDP_BATCH", NAPI_AUTO_LENGTH, &resource_name));
  SETUP(napi_async_init(env, handle, resource_name, &s->async));
  SETUP(napi_create_int32(env, bound_port, &port_value));
  SETUP(napi_set_named_property(env, handle, "port", port_value));
  SETUP(napi_wrap(env, handle, s, NULL, NULL, NULL));
  SETUP(napi_create_reference(env, handle, 1, &s->self));
  SETUP(napi_add_env_cleanup_hook(env, on_env_teardown, s));
#undef SETUP
  error = uv_poll_start(&s->poll, UV_READABLE, on_readable);
  if (error != 0) {
    napi_remove_env_cleanup_hook(env, on_env_teardown, s);
    begin_close(s);
    napi_throw_error(env, "ERR_UV_POLL", uv_strerror(error));
    return NULL;
  }
  return handle;
}

// Reads exactly `count` arguments into argv, the first an open socket's handle, and returns that socket; NULL,
// with a JavaScript exception pending, otherwise.
static batch_socket *socket_arguments(napi_env env, napi_callback_info info, size_t count, napi_value *argv) {
  size_t argc = count;
  void *data = NULL;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc != count) {
    napi_throw_type_error(env, "ERR_ARGUMENTS", "wrong number of arguments");
    return NULL;
  }
  if (napi_unwrap(env, argv[0], &data) != napi_ok || data == NULL) {
    napi_throw_type_error(env, "ERR_INVALID_HANDLE", "not an open batch socket");
    return NULL;
  }
  return data;
}

// sendTo(handle, buffer, sockaddr, sockaddrLength) -> true when sent: a reply that was not ready in its batch.
static napi_value send_to(napi_env env, napi_callback_info info) {
  napi_value argv[4];
  batch_socket *s = socket_arguments(env, info, 4, argv);
  if (s == NULL) return NULL;
  void *payload = NULL, *name = NULL;
  size_t payload_length = 0, name_capacity = 0;
  int32_t name_length = 0;
  CALL(env, napi_get_buffer_info(env, argv[1], &payload, &payload_length));
  CALL(env, napi_get_buffer_info(env, argv[2], &name, &name_capacity));
  CALL(env, napi_get_value_int32(env, argv[3], &name_length));
  napi_value result;
  if (name_length <= 0 || (size_t)name_length > name_capacity) {
    CALL(env, napi_get_boolean(env, false, &result));
    return result;
  }
  ssize_t sent;
  do {
    sent = sendto(s->fd, payload, payload_length, MSG_DONTWAIT, name, (socklen_t)name_length);
  } while (sent < 0 && errno == EINTR);
  if (sent < 0) s->send_failed++;
  else s->sent++;
  CALL(env, napi_get_boolean(env, sent >= 0, &result));
  return result;
}

// stats(handle) -> [received, sent, cut, sendFailed]
static napi_value stats(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  batch_socket *s = socket_arguments(env, info, 1, argv);
  if (s == NULL) return NULL;
  napi_value result, value;
  const uint64_t counts[4] = {s->received, s->sent, s->cut, s->send_failed};
  CALL(env, napi_create_array_with_length(env, 4, &result));
  for (uint32_t i = 0; i < 4; i++) {
    CALL(env, napi_create_double(env, (double)counts[i], &value));
    CALL(env, napi_set_element(env, result, i, value));
  }
  return result;
}

// receiveBufferBytes(handle) -> SO_RCVBUF as the kernel reports it (twice what was asked, on Linux).
static napi_value receive_buffer_bytes(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  batch_socket *s = socket_arguments(env, info, 1, argv);
  if (s == NULL) return NULL;
  int bytes = 0;
  socklen_t length = sizeof bytes;
  if (getsockopt(s->fd, SOL_SOCKET, SO_RCVBUF, &bytes, &length) != 0) {
    return throw_errno(env, "getsockopt SO_RCVBUF", errno);
  }
  napi_value result;
  CALL(env, napi_create_int32(env, bytes, &result));
  return result;
}

// close(handle, onClosed): stops receiving at once; onClosed runs once the descriptor is closed.
static napi_value close_socket(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  // A closed socket is unwrapped, so a second close throws ERR_INVALID_HANDLE (the wrapper never sends one).
  batch_socket *s = socket_arguments(env, info, 2, argv);
  if (s == NULL) return NULL;
  CALL(env, napi_create_reference(env, argv[1], 1, &s->on_close));
  void *detached = NULL;
  CALL(env, napi_remove_wrap(env, argv[0], &detached));
  CALL(env, napi_remove_env_cleanup_hook(env, on_env_teardown, s));
  begin_close(s);
  return NULL;
}

napi_value init(napi_env env, napi_value exports) {
  const napi_property_descriptor properties[] = {
      {"open", NULL, open_socket, NULL, NULL, NULL, napi_default, NULL},
      {"sendTo", NULL, send_to, NULL, NULL, NULL, napi_default, NULL},
      {"stats", NULL, stats, NULL, NULL, NULL, napi_default, NULL},
      {"receiveBufferBytes", NULL, receive_buffer_bytes, NULL, NULL, NULL, napi_default, NULL},
      {"close", NULL, close_socket, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_value constants, value;
  CALL(env, napi_define_properties(env, exports, sizeof properties / sizeof properties[0], properties));
  CALL(env, napi_create_object(env, &constants));
  const struct {
    const char *name;
    int32_t value;
  } sizes[] = {{"batch", BATCH},         {"rxSlot", RX_SLOT},     {"txSlot", TX_SLOT},
               {"nameSlot", NAME_SLOT}, {"textSlot", TEXT_SLOT}, {"meta", META}};
  for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
    CALL(env, napi_create_int32(env, sizes[i].value, &value));
    CALL(env, napi_set_named_property(env, constants, sizes[i].name, value));
  }
  CALL(env, napi_set_named_property(env, exports, "layout", constants));
  return exports;
}

NAPI_MODULE(udp_batch, init)
