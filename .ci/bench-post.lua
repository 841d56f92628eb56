-- wrk script for `.ci/bench mixed`: every request is a new public coordination request (a
-- write that queues e-mails), each with its own idempotency key.
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("id", threads)
end

local counter = 0
local run = os.time()
local window_start = os.getenv("WINDOW_START")
local window_end = os.getenv("WINDOW_END")
local refused = 0

request = function()
  counter = counter + 1
  local body = string.format([[{"requesting_state":"NOR","ministry":"Ministry of Foreign Affairs","contact_name":"Ingrid Hansen","contact_email":"ingrid.hansen@mfa.example.org","target_state":"MMR","approach":"capital_meeting","window_start":"%s","window_end":"%s","mode":"joint","message":"Meetings with the Ministry of Defence.","consent_to_share":true,"idempotency_key":"bench-%d-%d-%d"}]],
    window_start, window_end, run, id, counter)
  return wrk.format("POST", "/api/v1/coordination-requests",
    {["Content-Type"] = "application/json", ["Accept"] = "application/json"}, body)
end

response = function(status, headers, body)
  if status ~= 201 and refused < 3 then
    refused = refused + 1
    io.stderr:write("status " .. status .. ": " .. body .. "\n")
  end
end
