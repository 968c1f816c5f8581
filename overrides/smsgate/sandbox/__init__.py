"""A local, stateful emulator of the vendor APIs: test without an account or a network.

```python
import smsgate
from smsgate.sandbox import start_server

with start_server() as running:  # 127.0.0.1, a free port, stopped on leaving the block
    with smsgate.Client("smspartner", api_key=running.sandbox.api_keys["smspartner"],
                        base_url=running.base_url("smspartner")) as client:
        sent = client.send("+33612345678", "Votre code : 123456")
        print(client.status(sent.message_id)[0].state)  # DeliveryState.delivered (speed=0)
```

For tests in process, with no socket at all, use ``smsgate.testing``.

**What it emulates.** Routes, parameters, auth and request validation come from the specs
(``_smsgate_generated/<vendor>/openapi.json``). Sends, statuses (by id and by number), cancel and
credits keep state; every other operation answers the spec's documented example, or the smallest
payload its schema accepts. Errors are in each vendor's shape (SMS Partner: HTTP 200 with
``success: false``), with the codes of each spec's error tables, the operation's own first: a code
the vendor reuses with another meaning on an operation (SMS Partner's 5 is "already cancelled" on
``/message-cancel``) is chosen and worded as that operation means it. SMS Partner answers XML when asked
with ``_format=xml``, in the positional layout its spec declares.

**Prefixes** (every vendor on one port): ``/primotexto/v2``, ``/smspartner/v1``, ``/messaggi``,
``/messaggi_v2`` (``PREFIXES``). Keys: ``sandbox.api_keys`` (``sandbox-primotexto-key``,
``sandbox-smspartner-key``, ``sandbox-messaggi-token``, ``sandbox-messaggi-v2-token`` unless given).
Messaggi v2 takes one recipient per message on its country's route (a regional route refuses
another country with 2013, as documented) and generates OTP codes on ``/otp``.

**Time.** A message is ``queued`` for ``speed`` seconds after its send time (now, or the scheduled
time), ``sent`` for ``speed`` more, then final. ``speed=0`` (the default) makes a message due now
final at once. ``clock=`` takes any function returning epoch seconds, so a test can move time on
without sleeping. Cancel works while a message is queued; afterwards the vendor's "already sent"
error comes back. A canceled message is refunded.

**Reserved test numbers.** The last four digits of the national number decide how delivery ends,
for any country: ``...0001`` undelivered, ``...0002`` expired, ``...0003`` rejected; any other
number is delivered; ``sandbox.script_delivery("+33611111111", "expired")`` overrides that for one
number. Where a vendor has no word for a state, its nearest is used (Primotexto says
``bounced`` for all three; SMS Partner says ``Not delivered`` for expired and ``ko`` for rejected).

**Credits** start at ``initial_credits`` (each vendor's unit: Primotexto credits, euros for the
others) and go down per SMS: a text takes one SMS up to 160 GSM-7 septets, 153 per part beyond
(70 and 67 UTF-16 code units when it needs UCS-2), counted exactly as ``smsgate.preview`` counts
(the answers' ``nb_sms``, ``creditsUsed``, ``sms_total`` and ``messageCount`` too). Prices:
Primotexto 1 credit, SMS Partner 0.038 EUR, Messaggi 0.0315 EUR per SMS (the specs' examples);
Messaggi v2 0.0315 (Italy), 0.045 (Spain), 0.06 EUR (worldwide and OTP, which says 0 until the
message has left): v2 documents no price, so those three are the sandbox's own figures. A send the
account cannot pay for gets the vendor's insufficient-credit error and is not stored. Dry runs (SMS
Partner ``sandbox=1``, Messaggi ``test: true``) are stored and not charged.

**Faults** (``sandbox.faults``, a ``FaultPlan``)::

    sandbox.faults.add("reset_after_read", operation="send_sms")       # the next send_sms, once
    sandbox.faults.add(FaultKind.RATE_LIMIT, times=None, seconds=2)    # every request, Retry-After: 2
    sandbox.faults.clear()

``latency`` (answer after ``seconds``), ``rate_limit`` (429 in the vendor's shape with
``Retry-After: seconds``), ``server_error`` / ``bad_gateway`` (500 / 502 with an HTML body),
``reset_before_read`` (the request is never carried out), ``reset_after_read`` (carried out, no
answer), ``truncated_body`` (carried out, the body is cut short), ``slow_drip`` (carried out, the
body comes a few bytes every ``seconds``). ``vendor=`` and ``operation=`` (an operationId) narrow a
fault, and in process ``number=`` (E.164) to the requests that carry that number; ``times`` is how
many requests it hits (``None``: until cleared). In process the resets are
the httpx errors a socket would give (``ConnectError`` before, ``RemoteProtocolError`` after); over
the real server they are real RSTs. ``sandbox.sends_received()`` counts the sends carried out,
which proves a client did not send twice; ``sandbox.recipients_received()`` counts them per number.

**Callbacks.** A send that gives a callback URL in the vendor's own fields (SMS Partner ``urlDlr``,
Messaggi ``options.callback_url``, Messaggi v2 ``callback``; SMS Partner ``notifyUrl`` on
``/hlr/notify``) is called back at each state change with the vendor's documented payload (or, where
it documents none, an inferred one, said so), retried as the vendor documents (Messaggi v2:
``callback.retry`` times until a 200), from a thread the sandbox starts with its first callback and
``close()`` stops. Only ``127.0.0.1``, ``localhost`` and ``[::1]`` are called; any other URL is
refused, never called. ``sandbox.simulate_reply(number, text)`` and ``simulate_stop(number)`` post
SMS Partner's reply callbacks; ``sandbox.callbacks.attempts()`` lists what was posted; the
``callback_*`` fault kinds duplicate, reorder, split or forge them. Details: ``sandbox._callbacks``.

**Control endpoint** (the real server, for tests in other processes): ``GET /_sandbox/stats``
(sends received, per number too, credits, pending faults), ``POST /_sandbox/faults`` with a fault as JSON
(``{"kind": "rate_limit", "times": 1, "vendor": null, "operation": null, "seconds": 0}``),
``DELETE /_sandbox/faults``, ``GET /_sandbox/callbacks`` (every callback attempt), ``POST
/_sandbox/replies`` (``{"number": "+33612345678", "text": "Oui"}``, or ``"stop": true``).

The sandbox needs ``jsonschema`` (``pip install 'smsgate[sandbox]'``).
"""

from __future__ import annotations

from ._callbacks import CallbackAttempt, CallbackDispatcher
from ._faults import Fault, FaultKind, FaultPlan
from ._operations import PREFIXES
from ._problems import SandboxConfigError
from ._sandbox import Sandbox
from ._server import RunningServer, serve, start_server
from ._state import RESERVED_ENDINGS, segments

__all__ = [
    "PREFIXES",
    "RESERVED_ENDINGS",
    "CallbackAttempt",
    "CallbackDispatcher",
    "Fault",
    "FaultKind",
    "FaultPlan",
    "RunningServer",
    "Sandbox",
    "SandboxConfigError",
    "segments",
    "serve",
    "start_server",
]
