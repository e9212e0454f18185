-- wrk script: the public form's POST /report, as a browser sends it (multipart, the qf-csrf cookie and the
-- csrf-token field taken from one GET /report), each request a new report: its own submissionKey, resident ID
-- number (valid check digit), phone and X-Forwarded-For address (127.0.0.1 is a trusted proxy in prod, so the
-- app sees many citizens rather than one address that a per-address limit would stop), and its own badge number of
-- the accused: ID numbers repeat from one run to the next (the warm-up's come again in the measured run), and a
-- report by the same person of the same badge, unit, window and day is a repeat of an open case (重复举报), merged into
-- it with three timeline entries instead of opening a case.
--   wrk -t2 -c8 -d30s -s bench/load/submit.lua http://127.0.0.1:PORT/report -- COOKIE TOKEN OCCURRED_DATE
-- With "api" first: the same reports through the intake API's POST /api/v1/reports, as a 12345 hotline system sends
-- them (a bearer token of the intake-client role, an Idempotency-Key per report, no CSRF, no forwarded address).
--   wrk -t2 -c8 -d30s -s bench/load/submit.lua http://127.0.0.1:PORT/api/v1/reports -- api BEARER OCCURRED_DATE
local api, bearer, cookie, token, occurred
local counter = 0
local thread_no = 0
statuses = {}
local threads = {}

local weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
local checks = "10X98765432"

local function id_number(n)
  local first17 = string.format("4311021985%02d%02d%03d", 1 + n % 12, 1 + n % 28, n % 1000)
  local sum = 0
  for i = 1, 17 do sum = sum + tonumber(first17:sub(i, i)) * weights[i] end
  local m = sum % 11 + 1
  return first17 .. checks:sub(m, m)
end

function setup(thread)
  thread_no = thread_no + 1
  thread:set("tid", thread_no)
  table.insert(threads, thread)
end

function init(args)
  api = args[1] == "api"
  if api then
    bearer, occurred = args[2], args[3]
  else
    cookie, token, occurred = args[1], args[2], args[3]
  end
  seed = math.floor(os.time() % 100000)
end

local boundary = "----qingfengbench7d41"

local function part(name, value)
  return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n\r\n" .. value .. "\r\n"
end

function request()
  counter = counter + 1
  local n = tid * 10000000 + counter
  local key = string.format("bench-%s-%d-%d-%d", api and "api" or "web", seed, tid, counter)
  local fields = {
    {"category", "PETTY_CORRUPTION"}, {"subcategory", "HINTING"},
    {"unit", "LL-ZWFW"}, {"window", "LL-03"},
    {"occurredDate", occurred}, {"occurredTime", "10:30"},
    {"place", "零陵区政务服务中心 不动产登记窗口"},
    {"accusedBadge", string.format("B%d-%d", seed, n)}, {"accusedDescription", "戴眼镜的男性工作人员"},
    {"narrative", "办理不动产登记时，工作人员说材料不全，暗示\"懂规矩\"就能当天办好，我没有给，被要求下周再来。"},
    {"reporterName", "测试人"}, {"idNumber", id_number(n + seed)},
    {"phone", string.format("139%08d", (n * 7919 + seed) % 100000000)},
    {"email", string.format("r%d@example.org", n)},
    {"directlyServed", "yes"}, {"contactPreference", "PHONE"},
    {"declaration", "on"}, {"consent", "on"},
  }
  if not api then
    table.insert(fields, 1, {"submissionKey", key})
    table.insert(fields, 1, {"csrf-token", token})
  end
  local body = {}
  for _, f in ipairs(fields) do body[#body + 1] = part(f[1], f[2]) end
  body[#body + 1] = "--" .. boundary .. "--\r\n"
  local headers = {["Content-Type"] = "multipart/form-data; boundary=" .. boundary}
  if api then
    headers["Authorization"] = "Bearer " .. bearer
    headers["Idempotency-Key"] = key
    headers["Accept"] = "application/json"
  else
    headers["Cookie"] = "qf-csrf=" .. cookie
    -- an address per report, and other ones in the next run (an address has a few reports an hour)
    headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", (seed * 4 + tid) % 250, math.floor(counter / 250) % 250,
      counter % 250 + 1)
    headers["Accept-Language"] = "zh-CN"
  end
  return wrk.format("POST", nil, headers, table.concat(body))
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    local s = t:get("statuses")
    for k, v in pairs(s) do total[k] = (total[k] or 0) + v end
  end
  local parts = {}
  for k, v in pairs(total) do parts[#parts + 1] = k .. "=" .. v end
  table.sort(parts)
  io.write(string.format("WRK_RESULT requests=%d duration_s=%.2f rps=%.2f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f statuses=%s\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    table.concat(parts, ",")))
end
