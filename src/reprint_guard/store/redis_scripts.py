"""The Lua scripts of the Redis store (:mod:`reprint_guard.store.redis`), each atomic on the
server, and the byte forms of the values they write (signatures, original inputs). The key layout
is described in that module's docstring (``P`` is the prefix, article rows are grouped ``BUCKET``
to a hash)."""

from __future__ import annotations

import json
import struct
import zlib

import numpy as np

from ..fingerprint import ArticleFingerprint, from_bytes, to_bytes
from .base import Original, lean_bytes

# Signatures are stored as one blob: header, LeanMinHash bytes, passage starts, passage signatures.
_SIG_HEADER = struct.Struct("<II")  # LeanMinHash byte length, number of passages


def _pack_signatures(fp: ArticleFingerprint, seed: int) -> bytes:
    doc = lean_bytes(fp.doc_signature, seed)
    starts = to_bytes(fp.passage_starts.astype(np.int32))
    sigs = to_bytes(fp.passage_signatures.astype(np.uint32))
    return _SIG_HEADER.pack(len(doc), len(fp.passage_starts)) + doc + starts + sigs


def _unpack_signatures(blob: bytes, k: int) -> tuple[bytes, np.ndarray, np.ndarray]:
    """``(LeanMinHash bytes, starts int32 [p], signatures uint32 [p, k])``."""
    n_doc, p = _SIG_HEADER.unpack_from(blob)
    at = _SIG_HEADER.size
    doc = blob[at : at + n_doc]
    at += n_doc
    starts = from_bytes(blob[at : at + 4 * p], "<i4")
    at += 4 * p
    return doc, starts, from_bytes(blob[at:], "<u4", (p, k))


def _pack_original(original: Original) -> bytes:
    raw = original.data.encode("utf-8") if isinstance(original.data, str) else original.data
    head = {"text": isinstance(original.data, str), "content_type": original.content_type, "url": original.url}
    return json.dumps(head).encode() + b"\0" + zlib.compress(raw, 6)


def _unpack_original(blob: bytes) -> Original:
    head, _, data = blob.partition(b"\0")
    h = json.loads(head)
    raw = zlib.decompress(data)
    return Original(raw.decode("utf-8") if h["text"] else raw, h["content_type"], h["url"])


# Writes one article. ARGV: prefix, id, expected row id ("" = new), expected metadata ("" = new),
# metadata, body, signatures, band keys, original, old sha, new sha, bucket size, original mode
# ("set", "keep" or "drop"), "log" or "nolog" (a metadata-only rewrite: no change to replay).
# Returns {row id, seq} or 0 when the article changed since the caller read it.
PUT = """
local p = ARGV[1]
local cur = redis.call('HGET', p..':ids', ARGV[2])
if (cur or '') ~= ARGV[3] then return 0 end
local rowid, op
if cur then
  local m = redis.call('HGET', p..':m:'..math.floor(tonumber(cur) / tonumber(ARGV[12])), cur)
  if (m or '') ~= ARGV[4] then return 0 end
  rowid, op = cur, 'update'
else
  rowid, op = tostring(redis.call('INCR', p..':rowid')), 'add'
  redis.call('HSET', p..':ids', ARGV[2], rowid)
end
local b = math.floor(tonumber(rowid) / tonumber(ARGV[12]))
redis.call('HSET', p..':m:'..b, rowid, ARGV[5])
redis.call('HSET', p..':t:'..b, rowid, ARGV[6])
redis.call('HSET', p..':s:'..b, rowid, ARGV[7])
redis.call('HSET', p..':k:'..b, rowid, ARGV[8])
if ARGV[13] == 'set' then redis.call('HSET', p..':o:'..b, rowid, ARGV[9])
elseif ARGV[13] == 'drop' then redis.call('HDEL', p..':o:'..b, rowid) end
if ARGV[10] ~= ARGV[11] then
  if ARGV[10] ~= '' then
    local old = redis.call('HGET', p..':sha', ARGV[10])
    if old then
      local keep = {}
      for r in string.gmatch(old, '[^,]+') do if r ~= rowid then keep[#keep + 1] = r end end
      if #keep > 0 then redis.call('HSET', p..':sha', ARGV[10], table.concat(keep, ','))
      else redis.call('HDEL', p..':sha', ARGV[10]) end
    end
  end
  local have = redis.call('HGET', p..':sha', ARGV[11])
  redis.call('HSET', p..':sha', ARGV[11], have and (have..','..rowid) or rowid)
end
if ARGV[14] == 'nolog' then return {tonumber(rowid), 0} end
local seq = redis.call('INCR', p..':seq')
redis.call('XADD', p..':log', seq..'-1', 'r', rowid, 'o', op)
return {tonumber(rowid), seq}
"""

# Removes articles. ARGV: prefix, bucket size, ids... Returns the ids that were there.
REMOVE = """
local p = ARGV[1]
local size = tonumber(ARGV[2])
local gone = {}
for i = 3, #ARGV do
  local aid = ARGV[i]
  local rowid = redis.call('HGET', p..':ids', aid)
  if rowid then
    local b = math.floor(tonumber(rowid) / size)
    local m = redis.call('HGET', p..':m:'..b, rowid)
    -- metadata that no longer decodes (damaged) must not stop its removal: only its twin
    -- entry stays behind, which readers skip (its row has no metadata any more)
    local ok, meta = pcall(cjson.decode, m or '')
    local sha = ok and type(meta) == 'table' and meta['content_sha256']
    if type(sha) == 'string' then
      local old = redis.call('HGET', p..':sha', sha)
      if old then
        local keep = {}
        for r in string.gmatch(old, '[^,]+') do if r ~= rowid then keep[#keep + 1] = r end end
        if #keep > 0 then redis.call('HSET', p..':sha', sha, table.concat(keep, ','))
        else redis.call('HDEL', p..':sha', sha) end
      end
    end
    for _, kind in ipairs({'m', 't', 's', 'k', 'o'}) do redis.call('HDEL', p..':'..kind..':'..b, rowid) end
    redis.call('HDEL', p..':ids', aid)
    local seq = redis.call('INCR', p..':seq')
    redis.call('XADD', p..':log', seq..'-1', 'r', rowid, 'o', 'remove')
    gone[#gone + 1] = aid
  end
end
return gone
"""

# Reads an article's row id and metadata in one round trip. ARGV: prefix, id, bucket size.
# Returns {row id, metadata} ({} when absent; {row id} when removed between the two reads).
READ = """
local cur = redis.call('HGET', ARGV[1]..':ids', ARGV[2])
if not cur then return {} end
return {cur, redis.call('HGET', ARGV[1]..':m:'..math.floor(tonumber(cur) / tonumber(ARGV[3])), cur)}
"""

# Creates the manifest when missing. ARGV: prefix, then entry, JSON value pairs.
CREATE = """
if redis.call('EXISTS', ARGV[1]..':manifest') == 0 then
  for i = 2, #ARGV, 2 do redis.call('HSET', ARGV[1]..':manifest', ARGV[i], ARGV[i + 1]) end
  return 1
end
return 0
"""

# Everything a write of one article needs to know, in one round trip: the article's row id and
# metadata, and the metadata of the other articles stored from identical input bytes (twins).
# ARGV: prefix, id, bucket size, content SHA-256 ("" = no twins wanted).
# Returns {row id or "", metadata or "", twin metadata...}.
READ_FOR_PUT = """
local p, size = ARGV[1], tonumber(ARGV[3])
local cur = redis.call('HGET', p..':ids', ARGV[2])
local out = {cur or '', ''}
if cur then out[2] = redis.call('HGET', p..':m:'..math.floor(tonumber(cur) / size), cur) or '' end
if ARGV[4] ~= '' then
  local rows = redis.call('HGET', p..':sha', ARGV[4])
  if rows then
    for r in string.gmatch(rows, '[^,]+') do
      if r ~= cur then
        local m = redis.call('HGET', p..':m:'..math.floor(tonumber(r) / size), r)
        if m then out[#out + 1] = m end
      end
    end
  end
end
return out
"""
