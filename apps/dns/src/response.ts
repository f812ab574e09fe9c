import dnsPacket from 'dns-packet'
import type { AnswerPlan, ExtendedError } from './answer.ts'
import { HEADER_BYTES } from './wire.ts'

/** A plan encoded once in the four shapes a client can need; `personalise` adapts one to each query. */
export interface EncodedAnswer {
  /** For clients without EDNS. */
  readonly plain: Buffer
  /** With our OPT (and any Extended DNS Errors), for EDNS clients. */
  readonly edns: Buffer
  /** TC=1 and no records: what a UDP client gets when `plain` or `edns` exceeds its limit. */
  readonly truncatedPlain: Buffer
  readonly truncatedEdns: Buffer
  readonly rcode: number
}

const AUTHORITATIVE = 0x0400
const TRUNCATED = 0x0200
const OPT_TYPE = 41
const EDE_OPTION = 15

/**
 * Encodes `plan` as the answer to `question` (the wire question, lower-case, with QTYPE and QCLASS). ID, RD and CD
 * are left zero for `personalise` to fill. `udpPayload` is the size we advertise in our OPT.
 */
export function encodeAnswer(plan: AnswerPlan, question: Buffer, udpPayload: number): EncodedAnswer {
  const flags = (plan.authoritative ? AUTHORITATIVE : 0) | (plan.rcode & 0x0f)
  const body = dnsPacket.encode({
    type: 'response',
    id: 0,
    flags,
    answers: [...plan.answers],
    authorities: [...plan.authorities],
    additionals: [...plan.additionals],
  })
  const plain = withQuestion(body, question)
  const bare = withQuestion(dnsPacket.encode({ type: 'response', id: 0, flags: flags | TRUNCATED }), question)
  const opt = optRecord(udpPayload, plan.errors)
  return {
    plain,
    edns: withOpt(plain, opt),
    truncatedPlain: bare,
    truncatedEdns: withOpt(bare, opt),
    rcode: plan.rcode,
  }
}

/** dns-packet never compresses names, so the question can be spliced in after the header without moving pointers. */
function withQuestion(body: Buffer, question: Buffer): Buffer {
  const out = Buffer.concat([body.subarray(0, HEADER_BYTES), question, body.subarray(HEADER_BYTES)])
  out.writeUInt16BE(1, 4)
  return out
}

function withOpt(message: Buffer, opt: Buffer): Buffer {
  const out = Buffer.concat([message, opt])
  out.writeUInt16BE(out.readUInt16BE(10) + 1, 10)
  return out
}

/** Our OPT: root owner, advertised payload size, version 0, and one EDE option per error (RFC 8914 §2). */
function optRecord(udpPayload: number, errors: readonly ExtendedError[]): Buffer {
  const options = errors.map((error) => {
    const text = Buffer.from(error.text, 'utf8')
    const option = Buffer.alloc(6 + text.length)
    option.writeUInt16BE(EDE_OPTION, 0)
    option.writeUInt16BE(2 + text.length, 2)
    option.writeUInt16BE(error.code, 4)
    text.copy(option, 6)
    return option
  })
  const rdata = Buffer.concat(options)
  const opt = Buffer.alloc(11 + rdata.length)
  opt.writeUInt16BE(OPT_TYPE, 1)
  opt.writeUInt16BE(udpPayload, 3)
  opt.writeUInt16BE(rdata.length, 9)
  rdata.copy(opt, 11)
  return opt
}
