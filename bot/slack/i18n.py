"""The bot's message catalogue in English and Japanese, and labels for every enum value.

Messages are mrkdwn: a literal `<`, `>` or `&` is written as `&lt;`, `&gt;`, `&amp;`.
`t(key, lang, **fields)` formats a message; placeholders hold values the builders have already
made safe (escaped user text, mentions, date tokens). Category titles and policy texts are not
here: they come from the taxonomy and the policy files.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

from bot.policy.model import LANGUAGES

DEFAULT_LANGUAGE = "en"

MESSAGES: dict[str, dict[str, str]] = {
    # --- severities ---------------------------------------------------------------------
    "severity.none": {"en": "None", "ja": "該当なし"},
    "severity.low": {"en": "Low", "ja": "低"},
    "severity.medium": {"en": "Medium", "ja": "中"},
    "severity.high": {"en": "High", "ja": "高"},
    "severity.critical": {"en": "Critical", "ja": "重大"},
    # --- case statuses ------------------------------------------------------------------
    "status.reported": {"en": "Reported", "ja": "報告済み"},
    "status.logged_only": {"en": "Logged only", "ja": "記録のみ"},
    "status.escalated": {
        "en": "Escalated",
        "ja": "責任者に通知済み",
    },
    "status.acknowledged": {"en": "Acknowledged", "ja": "確認済み"},
    "status.in_progress": {"en": "In progress", "ja": "対応中"},
    "status.resolved": {
        "en": "Resolved",
        "ja": "終了",
    },
    # --- case actions (also the case card's button texts) ---------------------------------
    "action.report": {"en": "Report", "ja": "報告"},
    "action.escalate": {
        "en": "Escalate",
        "ja": "責任者に知らせる",
    },
    "action.log_only": {"en": "Log only", "ja": "記録のみ"},
    "action.acknowledge": {"en": "Acknowledge", "ja": "確認しました"},
    "action.take_over": {"en": "Take over", "ja": "対応を引き継ぐ"},
    "action.warn_customer": {"en": "Warn the customer", "ja": "お客様に警告"},
    "action.refuse_service": {"en": "Refuse service", "ja": "対応をお断り"},
    "action.refer_legal": {"en": "Refer to legal", "ja": "法務・弁護士に相談"},
    "action.refer_police": {"en": "Refer to police", "ja": "警察に通報・相談"},
    "action.resolve": {
        "en": "Resolve",
        "ja": "終了する",
    },
    "action.reopen": {"en": "Reopen", "ja": "再開"},
    # --- outcomes -----------------------------------------------------------------------
    "outcome.resolved_with_customer": {
        "en": "Resolved with the customer",
        "ja": "お客様と合意して終了",
    },
    "outcome.service_refused": {"en": "Service refused", "ja": "対応・サービスをお断り"},
    "outcome.referred_police": {"en": "Referred to the police", "ja": "警察に通報・相談"},
    "outcome.referred_legal": {"en": "Referred to legal", "ja": "法務・弁護士に相談"},
    "outcome.no_further_action": {"en": "No further action", "ja": "これ以上の対応なし"},
    "outcome.not_harassment": {"en": "Not harassment", "ja": "カスタマーハラスメントに該当せず"},
    # --- contact channels ---------------------------------------------------------------
    "contact_channel.phone": {"en": "Phone", "ja": "電話"},
    "contact_channel.in_person": {"en": "In person", "ja": "対面"},
    "contact_channel.email": {"en": "Email", "ja": "メール"},
    "contact_channel.chat": {"en": "Chat", "ja": "チャット"},
    "contact_channel.social_media": {"en": "Social media", "ja": "SNS"},
    "contact_channel.other": {"en": "Other", "ja": "その他"},
    # --- report sources -----------------------------------------------------------------
    "source.slash_command": {"en": "Slash command", "ja": "スラッシュコマンド"},
    "source.message_shortcut": {"en": "Message shortcut", "ja": "メッセージショートカット"},
    "source.modal": {"en": "Report form", "ja": "報告フォーム"},
    # --- activity log: one line per case event ------------------------------------------
    "event.report": {"en": "{actor} reported the case", "ja": "{actor}が報告しました"},
    "event.escalate": {
        "en": "{actor} escalated the case",
        "ja": "{actor}が責任者に知らせました",
    },
    "event.log_only": {
        "en": "{actor} logged the case without escalating",
        "ja": "{actor}が責任者に知らせずに記録しました",
    },
    "event.acknowledge": {"en": "{actor} acknowledged the case", "ja": "{actor}が案件を確認しました"},
    "event.take_over": {"en": "{actor} took over the case", "ja": "{actor}が対応を引き継ぎました"},
    "event.warn_customer": {"en": "{actor} warned the customer", "ja": "{actor}がお客様に警告しました"},
    "event.refuse_service": {"en": "{actor} refused further service to the customer", "ja": "{actor}が以後の対応をお断りしました"},
    "event.refer_legal": {"en": "{actor} referred the case to legal", "ja": "{actor}が法務・弁護士に相談しました"},
    "event.refer_police": {"en": "{actor} referred the case to the police", "ja": "{actor}が警察に通報・相談しました"},
    "event.resolve": {
        "en": "{actor} resolved the case",
        "ja": "{actor}が案件を終了しました",
    },
    "event.reopen": {"en": "{actor} reopened the case", "ja": "{actor}が案件を再開しました"},
    "event.other": {"en": "{actor}: {action}", "ja": "{actor}: {action}"},
    "actor.system": {"en": "The bot", "ja": "ボット"},
    # --- shared -------------------------------------------------------------------------
    "common.none": {"en": "none", "ja": "なし"},
    "common.not_given": {"en": "not given", "ja": "記載なし"},
    "common.more_not_shown": {"en": "…and {count} more not shown.", "ja": "…ほか{count}件は表示していません。"},
    "common.list_separator": {"en": ", ", "ja": "、"},
    "common.quoted": {"en": "“{text}”", "ja": "「{text}」"},
    "duration.minutes": {"en": "{minutes} min", "ja": "{minutes}分"},
    "duration.hours": {"en": "{hours} h {minutes} min", "ja": "{hours}時間{minutes}分"},
    "duration.days": {"en": "{days} d {hours} h", "ja": "{days}日{hours}時間"},
    # --- triage reply -------------------------------------------------------------------
    "triage.safety": {
        "en": ":rotating_light: *Your safety comes first.* Step away from the customer now and put distance between you. "
        "Call security or a colleague to you. If there is violence or a threat to life, call the police "
        "(*110* in Japan); if anyone is hurt, call an ambulance (*119*).",
        "ja": ":rotating_light: *まず身の安全を確保してください。* 今すぐお客様から離れ、距離を取ってください。"
        "警備員や周囲の同僚を呼んでください。暴力や生命の危険がある場合は警察（*110番*）に、"
        "けが人がいる場合は救急（*119番*）に通報してください。",
    },
    "triage.safety_check_reader": {
        "en": ":warning: *Check for danger first.* This may describe a danger to someone. If anyone could be hurt, the "
        "customer may have a weapon, or someone may be waiting for staff after work, step away now, call security or a "
        "colleague, and call the police (*110* in Japan). Then tell your manager.",
        "ja": ":warning: *まず危険がないか確認してください。* 身の危険を示すかもしれない内容です。誰かがけがをするおそれ、"
        "凶器を持っている可能性、退勤後の待ち伏せなどがあれば、すぐにその場を離れ、警備員や同僚を呼び、"
        "警察（*110番*）に通報してください。そのうえで責任者に知らせてください。",
    },
    "triage.safety_check_words": {
        "en": ":warning: *Check for danger first.* This may describe a danger to someone: {passage}. If anyone "
        "could be hurt, the customer may have a weapon, or someone may be waiting for staff after work, step away now, "
        "call security or a colleague, and call the police (*110* in Japan). Then tell your manager.",
        "ja": ":warning: *まず危険がないか確認してください。* 身の危険を示すかもしれない記述があります：{passage}。"
        "誰かがけがをするおそれ、凶器を持っている可能性、退勤後の待ち伏せなどがあれば、すぐにその場を離れ、"
        "警備員や同僚を呼び、警察（*110番*）に通報してください。そのうえで責任者に知らせてください。",
    },
    "triage.safety_check": {
        "en": ":warning: *Check for danger first.* This reads as a threat or physical harm. If anyone could be hurt, "
        "the customer may have a weapon, or someone may be waiting for staff after work, step away now, call "
        "security or a colleague, and call the police (*110* in Japan). Then tell your manager.",
        "ja": ":warning: *まず危険がないか確認してください。* 脅しや身体への危害にあたる内容です。誰かがけがをするおそれ、"
        "凶器を持っている可能性、退勤後の待ち伏せなどがあれば、すぐにその場を離れ、警備員や同僚を呼び、"
        "警察（*110番*）に通報してください。そのうえで責任者に知らせてください。",
    },
    "triage.header": {"en": "Possible customer harassment · {severity}", "ja": "カスタマーハラスメントの可能性 · 深刻度: {severity}"},
    "triage.summary": {
        "en": "*Categories:* {categories}\n*Severity:* {severity}",
        "ja": "*該当する類型:* {categories}\n*深刻度:* {severity}",
    },
    "triage.truncated": {
        "en": "Only the first {limit} characters of the description were analysed.",
        "ja": "説明文のうち最初の{limit}文字のみを判定に使用しました。",
    },
    "triage.also_matched": {"en": "Also matched: {categories}", "ja": "その他の該当類型: {categories}"},
    "triage.possible": {
        "en": "Also possible, not counted: {categories}. If one applies, describe it in your own words.",
        "ja": "可能性あり（未判定）: {categories}。該当する場合は、その内容を具体的に書き加えてください。",
    },
    "triage.why": {"en": "*Why:* {phrases}", "ja": "*判断の根拠:* {phrases}"},
    "triage.policy_clause": {"en": "*Policy clause {clause_id}* ({policy})", "ja": "*方針の条項 {clause_id}*（{policy}）"},
    "triage.penal_code": {"en": "*Penal Code (for reference):* {articles}", "ja": "*関係しうる刑法の条文（参考）:* {articles}"},
    "triage.article": {"en": "Art. {number}", "ja": "第{number}条"},
    "triage.what_now": {"en": "*What to do now*", "ja": "*今すぐすること*"},
    "triage.laws": {"en": "*Laws that may apply (for reference):*", "ja": "*関係しうる法律（参考）:*"},
    "triage.handling_ours": {
        "en": "The steps above are this bot's recommended handling, based on the MHLW manual; they are not part of the "
        "company's policy.",
        "ja": "上記の手順は、厚生労働省のマニュアルに基づくこのボットの推奨であり、会社の方針の一部ではありません。",
    },
    "triage.stance": {"en": "*{company}'s stance (from its policy):* {stance}", "ja": "*{company}の対応方針:* {stance}"},
    "triage.say": {"en": "*What you can say:*", "ja": "*お伝えする言葉の例:*"},
    "triage.say_to_leave": {
        "en": "*If you must say something, a line that lets you step away:*",
        "ja": "*どうしても声をかける必要があるときは、その場を離れるための一言として:*",
    },
    "triage.not_counted": {"en": "Not counted (negated): {phrases}", "ja": "否定されているため数えなかった表現: {phrases}"},
    "triage.legitimate_header": {
        "en": "A legitimate complaint",
        "ja": "正当なお申し出",
    },
    "triage.legitimate": {
        "en": "*This reads as a legitimate complaint, not harassment.* Handle it as normal service. "
        "If the customer's conduct changes or you feel unsafe, escalate to a manager.",
        "ja": "*正当なお申し出と考えられ、カスタマーハラスメントにはあたりません。* "
        "通常どおり対応してください。"
        "お客様の言動が変わったり、身の危険を感じたりした場合は、責任者に知らせてください。",
    },
    "triage.how_to_handle": {"en": "*How to handle it*", "ja": "*対応の手順*"},
    "triage.complaint_signals": {"en": "Complaint points found: {signals}", "ja": "確認されたご指摘の内容: {signals}"},
    "triage.fallback_text": {"en": "Triage: {summary}", "ja": "判定結果: {summary}"},
    # the two-axis reading (MHLW manual): the demand and the manner, each on its own line
    "triage.demand.reasonable": {
        "en": "*The demand* looks reasonable{evidence}.",
        "ja": "*要求の内容:* 妥当と考えられます{evidence}。",
    },
    "triage.demand.unreasonable": {
        "en": "*The demand* goes beyond what is reasonable{evidence}.",
        "ja": "*要求の内容:* 妥当な範囲を超えています{evidence}。",
    },
    "triage.demand.unclear": {
        "en": "*The demand* is not clear from the description{evidence}.",
        "ja": "*要求の内容:* 説明からは判断できません{evidence}。",
    },
    "triage.manner.acceptable": {
        "en": "*The manner* is acceptable: no abuse, threats, force or other conduct beyond the line is described.",
        "ja": "*要求の手段・態様:* 社会通念上相当な範囲です。暴言・脅し・暴力など、一線を越える言動は書かれていません。",
    },
    "triage.manner.unacceptable": {
        "en": "*The manner* goes beyond what is acceptable{evidence}.",
        "ja": "*要求の手段・態様:* 社会通念上相当な範囲を超えています{evidence}。",
    },
    "triage.manner.unclear": {
        "en": "*The manner* is not clear from the description{evidence}.",
        "ja": "*要求の手段・態様:* 説明からは判断できません{evidence}。",
    },
    "triage.axis_evidence": {"en": " ({phrases})", "ja": "（{phrases}）"},
    "triage.axes.harassment": {
        "en": "Either one beyond the line makes it customer harassment.",
        "ja": "どちらか一方でも一線を越えていれば、カスタマーハラスメントにあたります。",
    },
    "triage.axes.legitimate": {
        "en": "A reasonable demand made in an acceptable way: this reads as a legitimate complaint.",
        "ja": "妥当な要求を相当な方法で伝えているため、正当なお申し出と考えられます。",
    },
    # a close call: both readings, and the two questions that decide it
    "triage.unsure": {
        "en": ":grey_question: *This is a close call* (the bot is about {percent}% sure). Read it both ways before "
        "you act:",
        "ja": ":grey_question: *判断が分かれるケースです*（確からしさ 約{percent}%）。対応する前に、両方の見方で確認してください:",
    },
    "triage.unsure.as_harassment": {
        "en": "• *If it is harassment:* {categories}. Press Escalate so a manager decides.",
        "ja": "• *カスタマーハラスメントの場合:* {categories}。「責任者に知らせる」を押して、責任者の判断を仰いでください。",
    },
    "triage.unsure.as_legitimate": {
        "en": "• *If it is a legitimate complaint:* answer the demand as you would any complaint, and note what "
        "was agreed.",
        "ja": "• *正当なお申し出の場合:* 通常どおりご要望にお応えし、お約束した内容を記録してください。",
    },
    "triage.unsure.questions": {
        "en": "*Two questions decide it:*\n1. Is what the customer wants connected to a real problem, and in proportion to it?\n"
        "2. Did they use threats, insults or force, refuse to leave, or keep on far longer than the matter needs?\n"
        "If either answer points beyond the line, escalate.",
        "ja": "*判断のための2つの問い:*\n1. "
        "お客様の要求は、実際に起きた問題に関係し、その程度に見合ったものですか。\n2. "
        "脅し・暴言・暴力、居座り、必要以上に長い・繰り返しのやり取りはありましたか。\n"
        "どちらかが一線を越えている場合は、責任者に知らせてください。",
    },
    # advice for who is reporting
    "triage.role.on_behalf": {
        "en": "*You are reporting for a colleague, so as their supervisor or teammate:*\n"
        "1. Make sure they are safe now: take over, or move them away from the customer.\n"
        "2. Change their shift or post for as long as needed; do not leave them alone with this customer again.\n"
        "3. After any threat, offer an escort to their car or the station when they leave.\n"
        "4. For threats, stalking or waiting outside, call the police consultation line (*#9110*), or *110* in an emergency.\n"
        "5. Escalate so it is recorded, and check in with them today.",
        "ja": "*同僚に代わって報告する方へ:*\n1. まず本人の安全を確保してください。"
        "対応を代わるか、お客様から離してください。\n2. "
        "必要な間はシフトや持ち場を変え、このお客様に一人で対応させないでください。\n"
        "3. 脅しがあった場合は、退勤時に駐車場や駅まで付き添いを申し出てください。\n4. "
        "脅迫・つきまとい・待ち伏せは警察相談専用電話（*#9110*）へ。緊急時は*110番*に通報してください。\n"
        "5. "
        "責任者に知らせて記録に残し、今日中に本人に声をかけてください。",
    },
    "triage.role.forwarded": {
        "en": "*This looks like the customer's own message:*\n"
        "1. Do not reply straight away or in kind; a manager or the designated contact answers.\n"
        "2. Keep the original whole (do not edit or delete it) and forward it as it is.\n"
        "3. Answer only what is reasonable in it, in writing, and set a limit to further contact if needed.",
        "ja": "*お客様ご本人が書いたメッセージのようです:*\n1. "
        "すぐに返信したり、同じ調子で言い返したりしないでください。"
        "返信は責任者か指定された窓口が行います。\n2. "
        "原文は編集・削除せず、そのまま保存して転送してください。\n3. "
        "妥当な部分にのみ書面で回答し、必要であれば今後の連絡方法や回数に制限を設けてください。",
    },
    "button.escalate": {
        "en": "Escalate to a manager",
        "ja": "責任者に知らせる",
    },
    "button.log_only": {"en": "Log only", "ja": "記録のみ"},
    "button.show_policy": {"en": "Show the full policy", "ja": "方針の全文を表示"},
    "button.open_report": {"en": "Add details", "ja": "詳細を追加"},
    "button.new_report": {"en": "New report", "ja": "新しく報告する"},
    "button.escalate_short": {
        "en": "Escalate",
        "ja": "責任者に知らせる",
    },
    "confirm.title": {"en": "Are you sure?", "ja": "実行してよろしいですか？"},
    "confirm.refuse_service": {
        "en": "This records that the company refuses further service to this customer. Do it only as the policy "
        "allows.",
        "ja": "このお客様への以後の対応をお断りしたことを記録します。方針に沿って判断した場合にのみ実行してください。",
    },
    "confirm.refer_police": {
        "en": "This records that the case was referred to the police. For danger to life, call 110 first.",
        "ja": "警察に通報・相談したことを記録します。生命の危険がある場合は、先に110番に通報してください。",
    },
    "confirm.yes": {"en": "Yes, record it", "ja": "記録する"},
    "confirm.no": {"en": "Cancel", "ja": "キャンセル"},
    # --- help ---------------------------------------------------------------------------
    "help.header": {"en": "Customer harassment support", "ja": "カスタマーハラスメント対応サポート"},
    "help.intro": {
        "en": "Describe what happened and I will tell you, privately, whether it is customer harassment under our "
        "policy, which clauses apply and what to do now. A manager is notified only when you choose *Escalate*.",
        "ja": "起きたことを入力すると、当社の方針に照らしてカスタマーハラスメントにあたるか、該当する条項、"
        "今すぐすべきことを、あなたにだけ表示します。"
        "*責任者に知らせる* を押すまで、責任者には伝わりません。",
    },
    "help.commands": {"en": "*Commands*", "ja": "*コマンド*"},
    "help.describe": {
        "en": "`{command} &lt;what happened&gt;`: check a situation and get guidance",
        "ja": "`{command} &lt;起きたこと&gt;`: 状況を判定し、対応の手引きを表示",
    },
    "help.report": {"en": "`{command} report`: open the report form", "ja": "`{command} report`: 報告フォームを開く"},
    "help.history": {
        "en": "`{command} history &lt;customer number, email or phone&gt;`: a customer's earlier reports (managers "
        "and HR)",
        "ja": "`{command} history &lt;お客様番号・メール・電話番号&gt;`: お客様の過去の報告（責任者・人事のみ）",
    },
    "help.digest": {
        "en": "`{command} digest [this|last|YYYY-MM-DD]`: a week's digest, its CSV and chart to your DMs (HR)",
        "ja": "`{command} digest [this|last|YYYY-MM-DD]`: 週次レポート。CSVとグラフはDMに届きます（人事のみ）",
    },
    "help.help": {"en": "`{command} help`: this message", "ja": "`{command} help`: このメッセージを表示"},
    "help.shortcut": {
        "en": "*Report harassment* in the ⋮ menu of any message: report that message",
        "ja": "メッセージの ⋮ メニューの *Report harassment*: そのメッセージを報告",
    },
    "help.what_it_does": {
        "en": "*What happens to a report*\nAn escalated case is posted to a private channel for managers, who "
        "acknowledge it, take over and decide on warnings, refusing service or the police. The Home tab of "
        "this app shows the status of your reports; a report you logged only can still be escalated from "
        "there. You will not be treated disadvantageously for reporting or asking for help.",
        "ja": "*報告後の流れ*\n"
        "責任者に知らせた案件は責任者用の非公開チャンネルに投稿され、責任者が確認・引き継ぎを行い、警告、対応のお断り、警察への相談などを判断します。"
        "あなたの報告の状況は、このアプリのホームタブで確認できます。"
        "記録のみにした報告も、後からホームタブで責任者に知らせることができます。"
        "報告や相談をしたことを理由に、不利益な取扱いを受けることはありません。",
    },
    "help.privacy": {
        "en": "Reports are kept only to protect staff. Customer details are optional and used only to recognise "
        "repeat incidents.",
        "ja": "報告は従業員を守る目的でのみ保管します。お客様の情報は任意で、繰り返しの事案を把握するためにのみ使用します。",
    },
    # --- policy -------------------------------------------------------------------------
    "policy.meta": {"en": "{company} · version {version}", "ja": "{company} · 版 {version}"},
    "policy.definition": {"en": "*Definition*", "ja": "*定義*"},
    "policy.clauses": {"en": "*Clauses*", "ja": "*条項*"},
    "policy.covers": {"en": "_Covers:_ {categories}", "ja": "_対象:_ {categories}"},
    "policy.consequences": {"en": "_Possible consequences:_ {consequences}", "ja": "_想定される対応:_ {consequences}"},
    "policy.fallback": {
        "en": "Categories these clauses do not cover are answered from “{policy}”.",
        "ja": "これらの条項が対象としない類型には「{policy}」を適用します。",
    },
    "policy.stance": {
        "en": "*Stance* (what the company says it may do, for all the conduct above)",
        "ja": "*対応方針*（上記のすべての行為について、会社が示している対応）",
    },
    "policy.summary_clause": {
        "en": "_A summary of the examples: cited only for conduct no other clause names._",
        "ja": "_例示の要約です。他の条項が挙げていない行為についてのみ引用します。_",
    },
    "policy.condition": {"en": "_Applies only under a condition:_ {condition}", "ja": "_条件付きで適用:_ {condition}"},
    "policy.support": {"en": "*Support for staff*", "ja": "*従業員への支援*"},
    # --- report form --------------------------------------------------------------------
    "modal.close": {"en": "Cancel", "ja": "キャンセル"},
    "report.title": {"en": "Report harassment", "ja": "カスハラの報告"},
    "report.submit": {"en": "Submit", "ja": "送信"},
    "report.intro": {
        "en": "Describe what happened as facts: who said or did what, when, and how it ended. Only the description "
        "is required.",
        "ja": "起きたことを事実のまま記入してください（誰が、いつ、何を言い・何をし、どのように終わったか）。必須項目は説明のみです。",
    },
    "report.text_label": {"en": "What happened", "ja": "起きたこと"},
    "report.text_placeholder": {
        "en": "e.g. The caller shouted insults at me for 40 minutes and demanded my full name and home address.",
        "ja": "例: 電話のお客様が40分にわたり大声で暴言を続け、私のフルネームと自宅住所を教えるよう要求した。",
    },
    "report.customer_heading": {
        "en": "*Customer (optional).* These details are used only to recognise repeat incidents by the same customer.",
        "ja": "*お客様の情報（任意）* 同じお客様による繰り返しの事案を把握するためにのみ使用します。",
    },
    "report.customer_number_label": {"en": "Customer or member number", "ja": "お客様番号・会員番号"},
    "report.customer_name_label": {"en": "Customer name", "ja": "お客様のお名前"},
    "report.customer_email_label": {"en": "Email address", "ja": "メールアドレス"},
    "report.customer_phone_label": {"en": "Phone number", "ja": "電話番号"},
    "report.customer_handle_label": {"en": "Social media handle", "ja": "SNSのアカウント名"},
    "report.identifier_hint": {
        "en": "Optional. Used only to recognise repeat incidents.",
        "ja": "任意。繰り返しの事案を把握するためにのみ使用します。",
    },
    "report.channel_label": {"en": "How the customer was in contact", "ja": "お客様との接点"},
    "report.channel_placeholder": {"en": "Choose one", "ja": "選択してください"},
    "report.occurred_label": {"en": "When it happened", "ja": "発生日時"},
    "report.occurred_hint": {"en": "Leave empty if it has just happened.", "ja": "直前に起きたことであれば空欄で構いません。"},
    "report.now_label": {"en": "Happening right now?", "ja": "現在も続いていますか？"},
    "report.now_option": {"en": "Yes, it is happening now", "ja": "はい、現在も続いています"},
    "report.escalate_label": {
        "en": "Escalate to a manager",
        "ja": "責任者に知らせる",
    },
    "report.escalate_option": {
        "en": "Yes, notify a manager now",
        "ja": "はい、今すぐ責任者に知らせる",
    },
    "error.text_empty": {"en": "Please describe what happened.", "ja": "起きたことを入力してください。"},
    "error.text_too_long": {
        "en": "Please keep the description to {limit} characters (it has {length}).",
        "ja": "説明は{limit}文字以内で入力してください（現在{length}文字）。",
    },
    "error.too_long": {"en": "Please keep this to {limit} characters.", "ja": "{limit}文字以内で入力してください。"},
    "error.customer_too_long": {
        "en": "The customer details together are {length} characters; the case keeps {limit}. Please shorten this one.",
        "ja": "お客様の情報が合計{length}文字あります（上限{limit}文字）。こちらの項目を短くしてください。",
    },
    "error.email": {"en": "This does not look like an email address.", "ja": "メールアドレスの形式が正しくありません。"},
    "error.identifier": {
        "en": "This cannot be used to recognise the customer; correct it or leave it empty.",
        "ja": "この内容ではお客様を識別できません。修正するか、空欄にしてください。",
    },
    "error.phone": {
        "en": "A phone number needs at least {digits} digits.",
        "ja": "電話番号は{digits}桁以上の数字で入力してください。",
    },
    "error.future": {"en": "This time is in the future.", "ja": "未来の日時は指定できません。"},
    # --- resolve form -------------------------------------------------------------------
    "resolve.title": {
        "en": "Resolve case",
        "ja": "案件の終了",
    },
    "resolve.submit": {
        "en": "Resolve",
        "ja": "終了する",
    },
    "resolve.intro": {"en": "Case *{ref}*: how did it end?", "ja": "案件 *{ref}* はどのように終わりましたか？"},
    "resolve.outcome_label": {"en": "Outcome", "ja": "結果"},
    "resolve.note_label": {"en": "Note", "ja": "メモ"},
    "resolve.note_placeholder": {
        "en": "Facts only: what was done and how it ended.",
        "ja": "事実のみを記入してください（何をし、どのように終わったか）。",
    },
    # --- case card ----------------------------------------------------------------------
    "case.header": {"en": "{emoji} Case {ref} · {severity}", "ja": "{emoji} 案件 {ref} · 深刻度: {severity}"},
    "case.safety_check": {
        "en": ":warning: *Check for danger first.* The report may describe a threat, a weapon, an attack or someone "
        "waiting for staff. Before anything else, make sure the reporter and colleagues are safe; call the police "
        "(*110* in Japan) if anyone could be hurt.",
        "ja": ":warning: *まず危険がないか確認してください。* 脅し・凶器・暴力・待ち伏せを含むおそれのある報告です。"
        "何よりも先に、報告者と同僚の安全を確かめてください。けがのおそれがあれば警察（*110番*）に通報してください。",
    },
    "case.happening_now": {
        "en": ":rotating_light: *Happening now.* The reporter may need someone with them right away.",
        "ja": ":rotating_light: *現在も続いています。* 報告者のもとにすぐ誰かが向かう必要があるかもしれません。",
    },
    "case.legitimate_note": {
        "en": ":information_source: *Triage did not find harassment in this report.* It may be a legitimate complaint "
        "to handle as normal service; judge it on the facts.",
        "ja": ":information_source: *自動判定ではカスタマーハラスメントは検出されませんでした。* "
        "通常どおり対応すべき正当なお申し出の可能性があります。事実に基づいて判断してください。",
    },
    "case.what_happened": {"en": "*What happened*", "ja": "*起きたこと*"},
    "case.reporter": {"en": "*Reporter*\n{user}", "ja": "*報告者*\n{user}"},
    "case.source": {"en": "*Source*\n{source}", "ja": "*報告の経路*\n{source}"},
    "case.original_message": {"en": "original message", "ja": "元のメッセージ"},
    "case.contact_channel": {"en": "*Contact channel*\n{channel}", "ja": "*お客様との接点*\n{channel}"},
    "case.occurred": {"en": "*When*\n{when}", "ja": "*発生日時*\n{when}"},
    "case.now_flag": {"en": ":rotating_light: happening now", "ja": ":rotating_light: 現在も継続中"},
    "case.customer": {"en": "*Customer as given*\n{customer}", "ja": "*お客様（報告内容のまま）*\n{customer}"},
    "case.customer_purged": {
        "en": "details removed (retention period or erasure on request)",
        "ja": "詳細は削除済み（保存期間の経過またはご本人の削除請求）",
    },
    "case.categories": {"en": "*Categories*\n{categories}", "ja": "*該当する類型*\n{categories}"},
    "case.severity": {"en": "*Severity*\n{severity}", "ja": "*深刻度*\n{severity}"},
    "case.clauses": {"en": "*Matched policy clauses*", "ja": "*該当する方針の条項*"},
    "case.handling": {
        "en": "*Recommended handling* (the bot's, based on the MHLW manual; not part of the company's policy)",
        "ja": "*推奨される対応*（厚生労働省のマニュアルに基づくボットの推奨であり、会社の方針の一部ではありません）",
    },
    "case.status": {"en": "*Status:* {status}", "ja": "*状況:* {status}"},
    "case.handler": {"en": "Handler: {user}", "ja": "担当: {user}"},
    "case.outcome": {"en": "Outcome: {outcome}", "ja": "結果: {outcome}"},
    "case.activity": {"en": "*Activity*", "ja": "*対応履歴*"},
    "case.earlier_entries": {"en": "…{count} earlier entries", "ja": "…それ以前の{count}件"},
    "case.fallback_text": {
        "en": "Case {ref} · severity {severity} · {categories}",
        "ja": "案件 {ref} · 深刻度: {severity} · {categories}",
    },
    "case.fallback_now": {"en": "happening now", "ja": "現在も継続中"},
    "case.not_harassment": {"en": "not harassment", "ja": "ハラスメント非該当"},
    # --- customer history ---------------------------------------------------------------
    "history.header": {"en": "Customer history", "ja": "お客様の対応履歴"},
    "history.card_title": {"en": "*Customer history*", "ja": "*お客様の対応履歴*"},
    "history.lookup": {"en": "Looked up: {label}", "ja": "照会内容: {label}"},
    "history.purpose": {
        "en": "This record exists only to protect staff. It holds facts that staff reported, not labels about the customer. "
        "Every lookup is logged.",
        "ja": "この記録は従業員を守る目的でのみ保管しています。従業員が報告した事実であり、お客様を評価するものではありません。"
        "照会はすべて記録されます。",
    },
    "history.none": {"en": "No record for {label}.", "ja": "{label} の記録はありません。"},
    "history.repeat_offender": {
        "en": ":warning: *Repeat offender: {count} reports in {days} days (threshold {threshold})*",
        "ja": ":warning: *繰り返しの事案: {days}日間に{count}件の報告（基準: {threshold}件）*",
    },
    "history.reports": {
        "en": "Reports on record: {count} ({harassment} triaged as harassment)",
        "ja": "記録されている報告: {count}件（うちカスタマーハラスメントと判定: {harassment}件）",
    },
    "history.earlier": {"en": "Earlier reports: {count}", "ja": "過去の報告: {count}件"},
    "history.no_earlier": {"en": "No earlier reports for this customer.", "ja": "このお客様の過去の報告はありません。"},
    "history.categories": {"en": "Categories: {categories}", "ja": "類型: {categories}"},
    "history.period": {"en": "First: {first} · Last: {last}", "ja": "初回: {first} · 最新: {last}"},
    "history.outcomes": {"en": "Outcomes: {outcomes}", "ja": "結果: {outcomes}"},
    "history.service_refused": {
        "en": ":no_entry: Service refused since {date}",
        "ja": ":no_entry: {date}から対応をお断りしています",
    },
    "history.service_refused_undated": {"en": ":no_entry: Service refused", "ja": ":no_entry: 対応をお断りしています"},
    "history.recent": {"en": "*Recent cases*", "ja": "*最近の案件*"},
    # --- the customer register (case card buttons, the customer form, private history) --
    "register.earlier_cases": {
        "en": "Earlier cases of this customer: {count}",
        "ja": "このお客様の過去の案件: {count}件",
    },
    "register.no_customer": {
        "en": "No customer details yet. Managers can add them with *Customer*.",
        "ja": "お客様の情報はまだありません。責任者が「お客様」ボタンから追加できます。",
    },
    "register.name_match": {
        "en": ":grey_question: Possible match by name: {count} earlier cases (a name alone links nothing; a manager decides)",
        "ja": ":grey_question: 氏名のみ一致する可能性: 過去の案件{count}件（氏名だけでは紐付けません。責任者が判断します）",
    },
    "register.merge_needed": {
        "en": ":link: These details also belong to {count} other customer record(s). A manager can confirm they are one customer.",
        "ja": ":link: この情報は別のお客様記録{count}件にも登録されています。同一のお客様か責任者が確認できます。",
    },
    "register.history_private": {
        "en": "Earlier cases are shown to managers and HR only, privately, with *Customer history*.",
        "ja": "過去の案件の内容は、責任者と人事担当者が「対応履歴」ボタンで確認できます（押した本人にのみ表示）。",
    },
    "button.customer": {"en": "Customer", "ja": "お客様"},
    "button.customer_history": {"en": "Customer history", "ja": "対応履歴"},
    "button.merge": {"en": "Merge records", "ja": "記録を統合"},
    "button.name_link": {"en": "Link by name", "ja": "氏名で紐付け"},
    "button.unlink": {"en": "Unlink customer", "ja": "紐付けを解除"},
    "button.add_customer": {"en": "Add the customer", "ja": "お客様の情報を追加"},
    "confirm.merge": {
        "en": "Merge the customer records that share these details into one? Their earlier cases will count together.",
        "ja": "この情報を共有するお客様記録を1つに統合しますか？過去の案件が合算されます。",
    },
    "confirm.name_link": {
        "en": "Link this case with the earlier cases under the same name? Only if you are sure it is the same person.",
        "ja": "同じ氏名の過去の案件とこの案件を紐付けますか？同一人物と確認できた場合のみ行ってください。",
    },
    "confirm.unlink": {
        "en": "Take this case off the customer's record? It will no longer count toward the customer's history.",
        "ja": "この案件をお客様の記録から外しますか？以後、このお客様の履歴に数えられません。",
    },
    "customer.title": {"en": "Customer", "ja": "お客様の情報"},
    "customer.submit": {"en": "Save", "ja": "保存"},
    "customer.intro": {
        "en": "Case *{ref}*: who the customer is. Give what you know; leave the rest empty. A number, email, phone "
        "or handle links earlier cases; a name alone never does.",
        "ja": "案件 *{ref}* のお客様の情報です。分かる範囲で入力してください。お客様番号・メール・電話番号・SNSアカウントで"
        "過去の案件と紐付けます。氏名だけでは紐付けません。",
    },
    "customer.saved": {
        "en": ":white_check_mark: Customer details saved on case *{ref}*.",
        "ja": ":white_check_mark: 案件 *{ref}* にお客様の情報を保存しました。",
    },
    "customer.saved_card": {
        "en": "The case card was updated; managers see whether this customer was reported before.",
        "ja": "案件カードを更新しました。過去の報告の有無は責任者が確認します。",
    },
    "customer.cleared": {
        "en": ":white_check_mark: Customer details removed from case *{ref}*.",
        "ja": ":white_check_mark: 案件 *{ref}* からお客様の情報を削除しました。",
    },
    "customer.not_allowed": {
        "en": "Only the reporter of this case, managers and HR can change its customer details.",
        "ja": "この案件のお客様の情報を変更できるのは、報告者・責任者・人事担当者のみです。",
    },
    "customer.not_saved": {
        "en": "The customer details could not be saved: {reason}",
        "ja": "お客様の情報を保存できませんでした: {reason}",
    },
    "customer.unchanged_fields": {
        "en": "Case *{ref}* was already recorded, so its description, time and contact channel stay as first "
        "reported. To correct them, write in the case channel.",
        "ja": "案件 *{ref}* は記録済みのため、内容・日時・連絡手段は最初の報告のままです。訂正は案件チャンネルに書き込んでください。",
    },
    "register.history_none": {
        "en": "No customer record is linked to case *{ref}*.",
        "ja": "案件 *{ref}* にはお客様の記録が紐付いていません。",
    },
    "register.done_merge": {"en": "Customer records merged.", "ja": "お客様の記録を統合しました。"},
    "register.done_name_link": {"en": "Linked with the earlier cases under this name.", "ja": "同じ氏名の過去の案件と紐付けました。"},
    "register.done_unlink": {"en": "The case was taken off the customer's record.", "ja": "案件をお客様の記録から外しました。"},
    "register.nothing_to_do": {"en": "Nothing changed: {reason}", "ja": "変更はありません: {reason}"},
    "event.customer": {"en": "{actor} gave the customer's details", "ja": "{actor}がお客様の情報を登録しました"},
    "event.customer_merge": {"en": "{actor} merged the customer's records", "ja": "{actor}がお客様の記録を統合しました"},
    "event.customer_name_link": {
        "en": "{actor} linked earlier cases under the same name",
        "ja": "{actor}が同じ氏名の過去の案件を紐付けました",
    },
    "event.customer_unlink": {
        "en": "{actor} took the case off the customer's record",
        "ja": "{actor}が案件をお客様の記録から外しました",
    },
    # --- confirmations to the reporter --------------------------------------------------
    "escalated.text": {
        "en": ":white_check_mark: Escalated as case *{ref}*: {channel}. Managers have been notified.",
        "ja": ":white_check_mark: 案件 *{ref}* として責任者に知らせました: {channel}",
    },
    "escalated.safety": {
        "en": "If you are in danger now, step away from the customer and call 110.",
        "ja": "今、身の危険がある場合は、お客様から離れて110番に通報してください。",
    },
    "escalated.no_disadvantage": {
        "en": "You will not be treated disadvantageously for reporting or asking for help.",
        "ja": "報告や相談をしたことを理由に、不利益な取扱いを受けることはありません。",
    },
    "escalated.fallback_text": {
        "en": "Escalated as case {ref}",
        "ja": "案件 {ref} として責任者に知らせました",
    },
    "logged.text": {
        "en": ":memo: Logged as case *{ref}*. No manager was notified; you can still escalate it later with the button "
        "below or from the app's Home tab.",
        "ja": ":memo: 案件 *{ref}* として記録しました。責任者にはまだ知らせていません。"
        "後から、この下のボタンかアプリのホームタブで責任者に知らせることができます。",
    },
    "logged.after_failed_escalation": {
        "en": "Your earlier Escalate did not reach a manager, and nothing of it is still being tried. "
        "To try again, press Escalate below.",
        "ja": "先ほどの「責任者に知らせる」は責任者に届いておらず、今も試みている連絡はありません。"
        "もう一度試すには、この下の「責任者に知らせる」を押してください。",
    },
    "logged.record": {
        "en": "While you remember them, note the facts: what was said and done, when, and who was there.",
        "ja": "記憶が新しいうちに、事実（何を言われ、何をされたか、日時、同席者）を記録しておいてください。",
    },
    "logged.fallback_text": {"en": "Logged as case {ref}", "ja": "案件 {ref} として記録しました"},
    # --- urgent manager alert -----------------------------------------------------------
    "alert.header": {"en": ":rotating_light: Urgent: case {ref}", "ja": ":rotating_light: 緊急: 案件 {ref}"},
    "alert.now": {
        "en": "*Happening now.* {reporter} needs help with a customer right now.",
        "ja": "*現在も続いています。* {reporter}が今まさにお客様への対応で助けを必要としています。",
    },
    "alert.reported": {
        "en": "{reporter} reported a case that needs a manager now.",
        "ja": "{reporter}から、責任者がすぐに対応すべき報告がありました。",
    },
    "alert.severity": {"en": "*Severity:* {severity} · {categories}", "ja": "*深刻度:* {severity} · {categories}"},
    "alert.open": {"en": "Open the case in {channel}.", "ja": "{channel} で案件を確認してください。"},
    "alert.fallback_text": {
        "en": "Urgent: case {ref} ({severity}) needs a manager now",
        "ja": "緊急: 案件 {ref}（深刻度: {severity}）は責任者の至急の対応が必要です",
    },
    # --- App Home -----------------------------------------------------------------------
    "home.header": {"en": "Customer harassment support", "ja": "カスタマーハラスメント対応サポート"},
    "home.intro": {
        "en": "Report an incident here, or type `/harassment &lt;what happened&gt;` in any channel for private "
        "guidance.",
        "ja": "ここから報告するか、任意のチャンネルで `/harassment &lt;起きたこと&gt;` と入力すると、"
        "あなたにだけ対応の手引きを表示します。",
    },
    "home.own_header": {"en": "Your reports", "ja": "あなたの報告"},
    "home.own_empty": {"en": "You have not reported anything yet.", "ja": "まだ報告はありません。"},
    "home.open_header": {"en": "Open cases", "ja": "対応中の案件"},
    "home.open_empty": {"en": "No open cases.", "ja": "対応中の案件はありません。"},
    "home.case_line": {"en": "*{ref}* · {status} · {categories}", "ja": "*{ref}* · {status} · {categories}"},
    "home.reported": {"en": "reported {when}", "ja": "報告: {when}"},
    "home.outbox": {
        "en": ":warning: Slack work still waiting to reach managers: {pending} pending, {failed} failed after their "
        "retries. An operator can see which cases with `python -m bot case list --stuck` and finish them with "
        "`python -m bot case repair --all`.",
        "ja": ":warning: 責任者への連絡などの Slack 上の処理が残っています（待機中 {pending} 件、再試行後も失敗 {failed} 件）。"
        "運用担当者は `python -m bot case list --stuck` で該当する案件を確認し、`python -m bot case repair --all` で完了できます。",
    },
    "home.digest_header": {"en": "This week", "ja": "今週の状況"},
    # --- weekly digest ------------------------------------------------------------------
    "digest.header": {"en": "Weekly customer harassment digest", "ja": "カスタマーハラスメント 週次レポート"},
    "digest.period": {"en": "{start} – {end}", "ja": "{start} 〜 {end}"},
    "digest.total": {"en": "*Reports*\n{count}", "ja": "*報告件数*\n{count}"},
    "digest.harassment": {"en": "*Harassment*\n{count}", "ja": "*カスタマーハラスメント*\n{count}"},
    "digest.legitimate": {"en": "*Not harassment*\n{count}", "ja": "*ハラスメント非該当*\n{count}"},
    "digest.repeat_offenders": {"en": "*Repeat offenders*\n{count}", "ja": "*繰り返しの事案のお客様*\n{count}"},
    "digest.acknowledge": {"en": "*Median time to acknowledge*\n{duration}", "ja": "*確認までの時間（中央値）*\n{duration}"},
    "digest.resolve": {
        "en": "*Median time to resolve*\n{duration}",
        "ja": "*終了までの時間（中央値）*\n{duration}",
    },
    "digest.no_data": {"en": "no data", "ja": "データなし"},
    "digest.by_category": {"en": "*By category*", "ja": "*類型別*"},
    "digest.by_severity": {"en": "*By severity*", "ja": "*深刻度別*"},
    "digest.by_status": {"en": "*By status*", "ja": "*状況別*"},
    "digest.by_outcome": {"en": "*By outcome*", "ja": "*結果別*"},
    "digest.by_source": {"en": "*By source*", "ja": "*報告の経路別*"},
    "digest.by_contact_channel": {"en": "*By contact channel*", "ja": "*お客様との接点別*"},
    "digest.purged": {
        "en": "{count} of these reports are counted from daily totals kept after their cases were deleted at the end "
        "of the retention period; they carry no repeat-offender or timing data.",
        "ja": "このうち{count}件は、保存期間の経過により案件を削除した後も残している日別集計から数えています。"
        "これらには繰り返しの事案や対応時間のデータは含まれません。",
    },
    "digest.fallback_text": {
        "en": "Weekly digest: {total} reports, {harassment} harassment",
        "ja": "週次レポート: 報告{total}件、うちカスタマーハラスメント{harassment}件",
    },
    # --- weekly HR digest (week, change, what needs attention) ----------------------------
    "hr.week": {
        "en": "Week of {first} ({first_day}) to {last} ({last_day}), {zone}",
        "ja": "{first}（{first_day}）〜 {last}（{last_day}）{zone}",
    },
    "hr.empty": {
        "en": "No cases this week: nothing reported, resolved, open or overdue.",
        "ja": "今週の案件はありません（報告・終了・対応中・期限超過とも0件）。",
    },
    "hr.summary": {"en": "*This week*", "ja": "*今週の状況*"},
    "hr.new": {"en": "New reports: {count}{change}", "ja": "新規の報告: {count}件{change}"},
    "hr.open": {"en": "Open at the week's end: {count}{change}", "ja": "週末時点で対応中: {count}件{change}"},
    "hr.resolved": {"en": "Ended this week: {count}{change}", "ja": "今週終了: {count}件{change}"},
    "hr.acknowledge": {
        "en": "Median time to acknowledge: {duration}{change}",
        "ja": "確認までの時間（中央値）: {duration}{change}",
    },
    "hr.resolve": {"en": "Median time to end a case: {duration}{change}", "ja": "終了までの時間（中央値）: {duration}{change}"},
    "hr.reminders": {"en": "Reminders sent: {count}", "ja": "送信したリマインダー: {count}件"},
    "hr.reminders_untracked": {"en": "Reminders sent: not tracked", "ja": "送信したリマインダー: 記録なし"},
    "hr.care": {
        "en": "Check-ins with reporters: {sent} sent, {all_right} all right, {contact_hr} asked HR to contact them",
        "ja": "報告者への声かけ: 送信{sent}件、「大丈夫」{all_right}件、人事からの連絡希望{contact_hr}件",
    },
    "hr.no_data": {"en": "no data", "ja": "データなし"},
    "hr.change": {"en": " ({sign}{value} vs last week)", "ja": "（前週比 {sign}{value}）"},
    "hr.unchanged": {"en": " (same as last week)", "ja": "（前週と同じ）"},
    "hr.count": {"en": "{count}", "ja": "{count}件"},
    "hr.by_category": {"en": "*By category*", "ja": "*類型別*"},
    "hr.by_severity": {"en": "*By severity*", "ja": "*深刻度別*"},
    "hr.item": {"en": "• {name}: {count}{change}", "ja": "• {name}: {count}件{change}"},
    "hr.offenders": {"en": "*Repeat offenders* (pseudonymous references)", "ja": "*繰り返しの事案のお客様*（仮名の参照番号）"},
    "hr.offender": {
        "en": "• {ref}: {count} harassment reports in {days} days",
        "ja": "• {ref}: 直近{days}日間にカスタマーハラスメントの報告{count}件",
    },
    "hr.overdue": {"en": "*Open past the acknowledgement deadline*", "ja": "*確認期限を過ぎて対応中の案件*"},
    "hr.overdue_case": {
        "en": "• {ref} ({severity}): {late} past its deadline, escalated {when}",
        "ja": "• {ref}（{severity}）: 期限から{late}超過、責任者に知らせた日時 {when}",
    },
    "hr.purged": {
        "en": "{count} reports are counted from daily totals kept after their cases were deleted (retention).",
        "ja": "{count}件は、保存期間の経過で案件を削除した後も残している日別集計から数えています。",
    },
    "hr.files": {
        "en": "The week's cases (CSV) and the last 12 weeks by category (chart) are attached.",
        "ja": "今週の案件一覧（CSV）と直近12週の類型別グラフを添付しています。",
    },
    "hr.fallback": {
        "en": "Weekly digest {first} – {last}: {new} new, {open} open, {resolved} ended",
        "ja": "週次レポート {first}〜{last}: 新規{new}件、対応中{open}件、終了{resolved}件",
    },
    "hr.csv_title": {"en": "Cases {first} – {last}", "ja": "案件一覧 {first}〜{last}"},
    "hr.chart_title": {"en": "Cases by category, last 12 weeks", "ja": "類型別の案件数（直近12週）"},
    "hr.chart_alt": {
        "en": "Bar chart of cases per week by category for the 12 weeks to {last}",
        "ja": "{last}までの12週間の類型別・週別案件数の棒グラフ",
    },
    "hr.chart_week": {"en": "Week starting", "ja": "週の初日"},
    "hr.chart_cases": {"en": "Cases", "ja": "案件数"},
    "hr.choose_week": {"en": "Digest for a week", "ja": "週次レポートを表示"},
    "hr.this_week": {"en": "This week", "ja": "今週"},
    "hr.last_week": {"en": "Last week", "ja": "先週"},
    "hr.pick_week": {"en": "Pick a week", "ja": "週を選ぶ"},
    "hr.digest_sent": {
        "en": "The digest for {first} – {last} is in your direct messages, with its CSV and chart.",
        "ja": "{first}〜{last}の週次レポートを、CSVとグラフとともにダイレクトメッセージでお送りしました。",
    },
    "hr.digest_usage": {
        "en": "Usage: `{command} digest` (this week), `{command} digest last`, or `{command} digest 2026-11-23` "
        "(the week containing that date).",
        "ja": "使い方: `{command} digest`（今週）、`{command} digest last`（先週）、"
        "`{command} digest 2026-11-23`（その日を含む週）",
    },
    "weekday.0": {"en": "Mon", "ja": "月"},
    "weekday.1": {"en": "Tue", "ja": "火"},
    "weekday.2": {"en": "Wed", "ja": "水"},
    "weekday.3": {"en": "Thu", "ja": "木"},
    "weekday.4": {"en": "Fri", "ja": "金"},
    "weekday.5": {"en": "Sat", "ja": "土"},
    "weekday.6": {"en": "Sun", "ja": "日"},
    # --- care check-in with the reporter ---------------------------------------------------
    "care.title": {"en": "How are you doing?", "ja": "その後、お変わりありませんか"},
    "care.text": {
        "en": "Case {ref}, which you reported, has ended. Dealing with it may have been hard, and it is "
        "normal to feel the effects for a while. How are you doing?",
        "ja": "ご報告いただいた案件 {ref} は終了しました。つらい対応だったかもしれません。"
        "しばらく影響が残るのは自然なことです。その後いかがですか。",
    },
    "care.policy": {"en": "*What our policy promises*\n{text}", "ja": "*当社の方針*\n{text}"},
    "care.private": {
        "en": "Only you see this message. Your answer goes to HR only and never to the case's managers or the "
        "customer record.",
        "ja": "このメッセージはあなたにだけ表示されています。回答は人事担当者のみが確認し、"
        "案件の責任者やお客様の記録には残りません。",
    },
    "care.all_right": {"en": "I'm all right", "ja": "大丈夫です"},
    "care.contact_hr": {"en": "I would like someone from HR to contact me", "ja": "人事担当者から連絡がほしい"},
    "care.thanks_all_right": {
        "en": "Thank you for letting us know. If that changes, HR is here for you at any time.",
        "ja": "お知らせいただきありがとうございます。状況が変わったときは、いつでも人事担当者にご相談ください。",
    },
    "care.thanks_contact": {
        "en": "Thank you. HR has been told privately and will contact you soon.",
        "ja": "ありがとうございます。人事担当者に個別にお伝えしました。近いうちに連絡があります。",
    },
    "care.hr_notice": {
        "en": ":speech_balloon: {reporter} would like someone from HR to contact them after case {ref}. "
        "Please reach out to them privately.",
        "ja": ":speech_balloon: {reporter} さんが、案件 {ref} の後、人事担当者からの連絡を希望しています。"
        "個別にご連絡ください。",
    },
    "care.not_yours": {"en": "This check-in is for someone else.", "ja": "この確認は別の方宛てです。"},
    # --- reminders ----------------------------------------------------------------------
    "reminder.danger_check": {
        "en": "its report may describe a danger",
        "ja": "危険を含むおそれ",
    },
    "reminder.text": {
        "en": ":alarm_clock: {mentions}Case *{ref}* ({severity}) has waited {duration} without a manager acknowledging it. "
        "Please pick it up.",
        "ja": ":alarm_clock: {mentions}案件 *{ref}*（深刻度: {severity}）は{duration}経過しても責任者の確認がありません。"
        "対応をお願いします。",
    },
    "reminder.backup": {
        "en": ":rotating_light: {mentions}Case *{ref}* ({severity}) has waited {duration} without a manager acknowledging "
        "it. Backup managers {backups} have been added to this channel. Please acknowledge it or take it over.",
        "ja": ":rotating_light: {mentions}案件 *{ref}*（深刻度: {severity}）は{duration}経過しても責任者の確認がありません。"
        "予備の責任者 {backups} をこのチャンネルに追加しました。確認するか、対応を引き継いでください。",
    },
    "reminder.no_backup": {
        "en": ":rotating_light: {mentions}Case *{ref}* ({severity}) has waited {duration} without a manager acknowledging "
        "it, and no backup managers are configured (BACKUP_MANAGER_USER_IDS). Please pick it up.",
        "ja": ":rotating_light: {mentions}案件 *{ref}*（深刻度: {severity}）は{duration}経過しても責任者の確認がありません。"
        "予備の責任者は設定されていません（BACKUP_MANAGER_USER_IDS）。対応をお願いします。",
    },
    "reminder.backup_dm": {
        "en": ":rotating_light: You are a backup manager for customer harassment cases. Case *{ref}* ({severity}) has "
        "waited {duration} without a manager acknowledging it. You have been added to {channel}: please acknowledge it "
        "or take it over there.",
        "ja": ":rotating_light: カスタマーハラスメント案件の予備の責任者としてお知らせします。案件 *{ref}*（深刻度: {severity}）は"
        "{duration}経過しても責任者の確認がありません。{channel} に追加しましたので、そちらで確認するか対応を引き継いでください。",
    },
    "reminder.thread": {
        "en": ":alarm_clock: Reminder {step} of {total} sent to {people}",
        "ja": ":alarm_clock: リマインド {step}/{total} を {people} に送りました",
    },
    "reminder.thread_backup": {
        "en": ":rotating_light: Reminder {step} of {total}: backup managers {people} added to the channel and sent a direct message",
        "ja": ":rotating_light: リマインド {step}/{total}: 予備の責任者 {people} をチャンネルに追加し、個別にお知らせしました",
    },
    "reminder.card": {"en": "*Reminders sent*", "ja": "*送信したリマインド*"},
    "reminder.card_line": {"en": "{step}/{total} · {when} → {people}", "ja": "{step}/{total} · {when} → {people}"},
    "reminder.nobody": {"en": "nobody (no manager found)", "ja": "該当者なし（責任者が見つかりません）"},
    # --- short notices the listeners send as plain text -----------------------------------
    "help_title": {"en": "Customer harassment support: how to use it", "ja": "カスタマーハラスメント対応サポートの使い方"},
    "escalated_title": {
        "en": "Escalated as case {ref}",
        "ja": "案件 {ref} として責任者に知らせました",
    },
    "logged_title": {"en": "Logged as case {ref}", "ja": "案件 {ref} として記録しました"},
    "history_title": {"en": "Customer history", "ja": "お客様の対応履歴"},
    "digest_title": {"en": "Weekly customer harassment digest", "ja": "カスタマーハラスメント 週次レポート"},
    "text_too_long": {
        "en": "That description is too long ({length} characters; the limit is {limit}). "
        "Please shorten it, or use the report form for longer accounts.",
        "ja": "説明が長すぎます（{length}文字。上限は{limit}文字です）。短くするか、長い内容は報告フォームをご利用ください。",
    },
    "draft_unreadable": {
        "en": "Sorry, this reply has expired and I could not read it. Please run `{command}` again.",
        "ja": "申し訳ありません。この返信は有効期限が切れたため読み取れませんでした。もう一度 `{command}` を実行してください。",
    },
    "log_only.escalating": {
        "en": "Escalate was already pressed for case *{ref}*, so it was not changed to Log only: "
        "it stays on its way to a manager.",
        "ja": "案件 *{ref}* はすでに「責任者に知らせる」が押されているため、「記録のみ」には変更していません。"
        "責任者への連絡はそのまま続きます。",
    },
    "draft_still_saving": {
        "en": "Your report is still being saved. Please press the button again in a moment. "
        "(If you were told it could not be saved, run `{command}` again.)",
        "ja": "報告はまだ保存中です。少し待ってから、もう一度ボタンを押してください。"
        "（保存できなかったとお知らせが届いた場合は、もう一度 `{command}` を実行してください。）",
    },
    "escalation.pending": {
        "en": ":hourglass_flowing_sand: Recorded as case *{ref}*. The bot is still reaching a manager (Slack is slow to "
        "answer right now). It keeps trying and will tell you here once a manager has the case; if that takes more "
        "than {minutes} minutes, the managers and HR are alerted directly. If you are in danger, do not wait: "
        "step away and call for help.",
        "ja": ":hourglass_flowing_sand: 案件 *{ref}* として記録しました。責任者への連絡をまだ試みています（Slackの応答が"
        "遅れています）。責任者に届きしだい、ここでお知らせします。{minutes}分たっても届かない場合は、責任者と人事担当者に"
        "直接知らせます。身の危険があるときは待たずに、その場を離れて助けを求めてください。",
    },
    "escalation.fallback_alert": {
        "en": ":warning: Case *{ref}* reported by {reporter} has not reached a manager yet: {problem} "
        "The reporter is waiting. Please open the case from the app's Home tab, or ask an operator to run "
        "`python -m bot case repair {ref}`.",
        "ja": ":warning: {reporter} さんが報告した案件 *{ref}* が、まだ責任者に届いていません: {problem} "
        "報告者は対応を待っています。アプリのホームタブから案件を開くか、運用担当者に "
        "`python -m bot case repair {ref}` の実行を依頼してください。",
    },
    "buttons_not_yours": {
        "en": "These buttons belong to the person the reply was shown to; nothing was done. "
        "To report something yourself, use `{command}`.",
        "ja": "このボタンは、この返信が表示された本人だけが使えます。何も実行していません。"
        "ご自身で報告するときは `{command}` を使ってください。",
    },
    "action_repeated": {
        "en": "That was already recorded (the button was pressed twice); nothing more was changed.",
        "ja": "その操作はすでに記録されています（ボタンが二度押されました）。これ以上の変更はしていません。",
    },
    "form.not_saved": {
        "en": "Your report could not be saved just now (the database is busy or unavailable). "
        "Nothing was lost: what you typed is still here. Please press Submit again in a moment.",
        "ja": "ただいま報告を保存できませんでした（データベースが混み合っているか利用できません）。"
        "入力内容はこのまま残っています。少し待ってからもう一度「送信」を押してください。",
    },
    "form.saved_not_escalated": {
        "en": "Your report was saved as case {ref}, but a problem on our side kept it from being passed to a manager "
        "yet. Press Submit again to pass it on (it will not be saved twice), or press Escalate on it in the App Home "
        "(Your reports). If you are in danger, do not wait: step away and call for help.",
        "ja": "報告は案件 {ref} として保存されましたが、こちら側の問題により、まだ責任者に知らせることができていません。"
        "もう一度「送信」を押すと責任者に知らせます（二重に保存されることはありません）。アプリのホームタブの"
        "「あなたの報告」から責任者に知らせることもできます。身の危険があるときは待たずに、その場を離れて助けを求めてください。",
    },
    "followup.not_saved": {
        "en": "Sorry, your report was *not saved* because of a problem on our side. Nothing was recorded. "
        "Please send it again (`{command} report`), or tell a manager directly.",
        "ja": "申し訳ありません。こちら側の問題により、報告は*保存されませんでした*。何も記録されていません。"
        "もう一度送信するか（`{command} report`）、責任者に直接お伝えください。",
    },
    "followup.not_checked": {
        "en": "Sorry, a problem on our side interrupted your report, and I could not check whether it was saved. "
        "Before sending it again, look in the App Home (Your reports); if it is not there, send it again "
        "(`{command} report`) or tell a manager directly.",
        "ja": "申し訳ありません。こちら側の問題により報告の処理が中断し、保存されたかどうかを確認できませんでした。"
        "もう一度送信する前に、アプリのホームタブの「あなたの報告」をご確認ください。見当たらない場合は、"
        "もう一度送信するか（`{command} report`）、責任者に直接お伝えください。",
    },
    "followup.saved_not_escalated": {
        "en": "Your report *was saved* as case *{ref}*, but a problem on our side stopped it from reaching a manager. "
        "Press *Escalate* on it in the App Home (Your reports), or tell a manager directly.",
        "ja": "報告は案件 *{ref}* として*保存されました*が、こちら側の問題により責任者に届いていません。"
        "アプリのホームタブの「あなたの報告」から責任者に知らせるか、責任者に直接お伝えください。",
    },
    "followup.saved_escalation_owed": {
        "en": "Your report *was saved* as case *{ref}*. A problem on our side interrupted it on its way to a manager; "
        "the bot keeps trying and will tell you once a manager has the case. If that takes more than {minutes} "
        "minutes, the managers and HR are alerted directly. You do not need to send it again. If you are in "
        "danger, do not wait: step away and call for help.",
        "ja": "報告は案件 *{ref}* として*保存されました*。こちら側の問題により責任者への連絡が中断しましたが、"
        "引き続き試みており、責任者に届きしだいお知らせします。{minutes}分たっても届かない場合は、責任者と人事担当者に"
        "直接知らせます。再送信の必要はありません。身の危険があるときは待たずに、その場を離れて助けを求めてください。",
    },
    "followup.saved_and_escalated": {
        "en": "Your report *was saved* as case *{ref}* and managers have the case, but a problem on our side stopped "
        "the last step. You do not need to send it again.",
        "ja": "報告は案件 *{ref}* "
        "として*保存され*、責任者にも届いていますが、こちら側の問題により最後の処理が完了しませんでした。"
        "再送信の必要はありません。",
    },
    "form_not_opened.report": {
        "en": "Sorry, the report form could not be opened (Slack answered: {error}). Nothing has been recorded. "
        "Please try again, or describe what happened with `{command} what happened`.",
        "ja": "申し訳ありません。報告フォームを開けませんでした（Slack の応答: {error}）。まだ何も記録されていません。"
        "もう一度お試しいただくか、`{command} 起きたこと` の形で報告してください。",
    },
    "form_not_opened.other": {
        "en": "Sorry, the form could not be opened (Slack answered: {error}). Nothing has been changed. "
        "Please press the button again.",
        "ja": "申し訳ありません。フォームを開けませんでした（Slack の応答: {error}）。何も変更されていません。"
        "もう一度ボタンを押してください。",
    },
    # views.open got no answer in time: the form may well have opened (Slack did it, its answer was lost).
    "form_unanswered.report": {
        "en": "Slack did not answer in time when the report form was being opened. If no form appeared, "
        "please try again, or describe what happened with `{command} what happened`.",
        "ja": "報告フォームを開く際、Slack から時間内に応答がありませんでした。フォームが表示されていない場合は、"
        "もう一度お試しいただくか、`{command} 起きたこと` の形で報告してください。",
    },
    "form_unanswered.other": {
        "en": "Slack did not answer in time when the form was being opened. If no form appeared, please press the button again.",
        "ja": "フォームを開く際、Slack から時間内に応答がありませんでした。フォームが表示されていない場合は、"
        "もう一度ボタンを押してください。",
    },
    "followup.action_failed": {
        "en": "Sorry, that did not go through because of a problem on our side. Please try again in a minute; "
        "if it keeps failing, tell the bot's administrator.",
        "ja": "申し訳ありません。こちら側の問題により、操作を完了できませんでした。少し時間をおいてもう一度お試しください。"
        "繰り返し失敗する場合は、ボットの管理担当者にお知らせください。",
    },
    "escalation_failed": {
        "en": "Sorry, the case could not be escalated: {reason} Please try again, or tell a manager directly.",
        "ja": "申し訳ありません。責任者に知らせることができませんでした: {reason} もう一度お試しいただくか、責任者に直接お伝えください。",
    },
    "only_managers": {
        "en": "Only managers and HR can act on cases.",
        "ja": "案件の対応は責任者と人事担当者のみが行えます。",
    },
    "action_not_allowed": {"en": "That action is not possible now: {reason}", "ja": "この操作は現在行えません: {reason}"},
    "case_not_found": {
        "en": "This case no longer exists; it may have been deleted at the end of the retention period.",
        "ja": "この案件は存在しません。保存期間の経過により削除された可能性があります。",
    },
    "history_not_allowed": {
        "en": "Customer history is available to managers and HR only.",
        "ja": "お客様の対応履歴は責任者と人事担当者のみが参照できます。",
    },
    "history_usage": {
        "en": "Usage: `{command} history &lt;customer number, email or phone&gt;`",
        "ja": "使い方: `{command} history &lt;お客様番号・メール・電話番号&gt;`",
    },
    "identifier_invalid": {
        "en": "That does not look like a customer number, email address or phone number: {reason}",
        "ja": "お客様番号・メールアドレス・電話番号として認識できませんでした: {reason}",
    },
    "digest_not_allowed": {"en": "The weekly digest is available to HR only.", "ja": "週次レポートは人事担当者のみが参照できます。"},
    # --- next steps: escalating later, the consultation desk, where it happened, refused customers -----
    "only_reporter_or_managers": {
        "en": "Only the person who reported this case, or a manager, can escalate it.",
        "ja": "この案件を責任者に知らせることができるのは、報告した本人と責任者のみです。",
    },
    "desk.header": {"en": "*Whom you can talk to*", "ja": "*相談先*"},
    "desk.default_name": {"en": "Consultation desk", "ja": "相談窓口"},
    "desk.slack": {"en": "Slack: {contact}", "ja": "Slack: {contact}"},
    "desk.phone": {"en": "Phone: {phone}", "ja": "電話: {phone}"},
    "desk.hours": {"en": "Hours: {hours}", "ja": "受付時間: {hours}"},
    "desk.none": {
        "en": "No consultation desk is set up in this bot yet: talk to a manager or HR.",
        "ja": "このボットには相談窓口がまだ設定されていません。責任者か人事担当者にご相談ください。",
    },
    "report.location_label": {"en": "Where it happened", "ja": "発生場所"},
    "report.location_text_label": {"en": "Where exactly (or another place)", "ja": "詳しい場所（一覧にない場合も）"},
    "report.location_placeholder": {"en": "e.g. 2nd floor counter, car park", "ja": "例: 2階カウンター、駐車場"},
    "case.location": {"en": "*Where*\n{location}", "ja": "*発生場所*\n{location}"},
    "alert.where": {"en": "*Where:* {location}", "ja": "*発生場所:* {location}"},
    "alert.where_unknown": {
        "en": "*Where:* not given; ask {reporter} where they are.",
        "ja": "*発生場所:* 記載なし。{reporter}に居場所を確認してください。",
    },
    "refused.text": {
        "en": ":no_entry: *The company has refused service to this customer* (since {date}).",
        "ja": ":no_entry: *このお客様には、会社として以後の対応をお断りしています*（{date}から）。",
    },
    "refused.steps": {
        "en": "*What you can do now*\n1. Do not go on serving the customer alone, and make no new promise.\n"
        "2. Tell them politely: “I am sorry, we are unable to help you further. I will call the person in charge.”\n"
        "3. Call a manager now. If the customer refuses to leave or threatens anyone, call the police (*110*).",
        "ja": "*今できること*\n1. 一人で対応を続けず、新たな約束はしないでください。\n"
        "2. 丁寧にお伝えください:「申し訳ございませんが、これ以上のご対応はいたしかねます。責任者を呼んでまいります。」\n"
        "3. すぐに責任者を呼んでください。お客様が退去に応じない場合や脅しがある場合は、警察（*110番*）に通報してください。",
    },
    "refused.stance": {"en": "*What {company}'s policy allows:* {stance}", "ja": "*{company}の方針で認められている対応:* {stance}"},
    "refused.private": {
        "en": "Only this fact is shown to you; the customer's record stays with managers and HR.",
        "ja": "お伝えしているのはこの事実のみです。お客様の記録は責任者と人事担当者のみが扱います。",
    },
    # --- failure reasons, in the reader's language (bot.slack.listeners.failure_reason) -----
    "reason.slack": {"en": "Slack answered “{error}”.", "ja": "Slackがエラー「{error}」を返しました。"},
    "reason.illegal_transition": {
        "en": "the case is {status} now; what can be done now: {allowed}.",
        "ja": "この案件は現在「{status}」です。現在できる操作: {allowed}。",
    },
    "reason.no_manager": {
        "en": "no manager is configured (MANAGER_USER_IDS / MANAGER_USERGROUP_ID).",
        "ja": "知らせる先の責任者が設定されていません（MANAGER_USER_IDS / MANAGER_USERGROUP_ID）。ボットの管理担当者にお伝えください。",
    },
    "reason.channel_refused": {
        "en": "Slack refused to create channel #{name}: {error}.",
        "ja": "Slackがチャンネル #{name} の作成を断りました（{error}）。",
    },
    "reason.names_taken": {
        "en": "every channel name for case {ref} is taken; archive old case channels.",
        "ja": "案件 {ref} に使えるチャンネル名がすべて使用中です。古い案件のチャンネルをアーカイブしてください。",
    },
    "escalation.alert_in_thread": {
        "en": ":rotating_light: {managers} this case needs a responsible manager now. "
        "The urgent direct message could not be delivered to any of you (Slack answered: {detail}).",
        "ja": ":rotating_light: {managers} この案件は責任者の至急の対応が必要です。"
        "緊急のダイレクトメッセージをどなたにも届けられませんでした（Slack の応答: {detail}）。",
    },
    "reason.alert_unreached": {
        "en": "no responsible manager could be sent the urgent alert ({detail}).",
        "ja": "責任者の誰にも緊急のお知らせを送れませんでした（{detail}）。",
    },
    "reason.managers_not_added": {
        "en": "no responsible manager could be added to the case channel ({detail}).",
        "ja": "案件のチャンネルに責任者を一人も追加できませんでした（{detail}）。",
    },
    "reason.channel_lost_repeatedly": {
        "en": "the case channel was archived or deleted {times} times; a person must look.",
        "ja": "案件のチャンネルが{times}回アーカイブまたは削除されました。担当者による確認が必要です。",
    },
    "reason.no_answer": {
        "en": "Slack has not answered in time; the bot keeps trying.",
        "ja": "Slackから時間内に応答がありません。ボットは引き続き試みています。",
    },
    "reason.outcome_needed": {"en": "choose how the case ended.", "ja": "案件がどのように終わったかを選んでください。"},
    "reason.nothing_to_merge": {
        "en": "There is nothing to merge: no other customer record holds these details now.",
        "ja": "統合するものはありません。これらの情報を持つほかのお客様の記録は、現在ありません。",
    },
    "reason.nothing_to_link": {
        "en": "No earlier case under this name is left to link.",
        "ja": "このお名前で結び付けられる以前の案件は、もうありません。",
    },
    "reason.not_linked": {
        "en": "This case is not linked to a customer record.",
        "ja": "この案件は、お客様の記録に結び付けられていません。",
    },
    "reason.unexpected": {"en": "an unexpected problem on our side.", "ja": "こちら側で予期しない問題が起きました。"},
    "reason.identifier.customer_number": {
        "en": "a customer number needs letters or digits.",
        "ja": "お客様番号には英数字を含めてください（64文字まで）。",
    },
    "reason.identifier.email": {
        "en": "write the email address like name@example.com.",
        "ja": "メールアドレスは name@example.com の形で入力してください。",
    },
    "reason.identifier.phone": {
        "en": "write the phone number with its area code, in digits.",
        "ja": "電話番号は市外局番から、数字で入力してください（例: 03-1234-5678）。",
    },
    "reason.identifier.name": {"en": "a name needs letters.", "ja": "お名前は文字で入力してください。"},
    "reason.identifier.social_handle": {
        "en": "write the handle like @name or x:@name.",
        "ja": "SNSのアカウント名は @name または x:@name の形で入力してください。",
    },
}


def t(key: str, lang: str, **fields: object) -> str:
    """The message `key` in `lang` (English when missing), formatted with `fields`."""
    texts = MESSAGES[key]
    template = texts.get(lang) or texts[DEFAULT_LANGUAGE]
    return template.format(**fields)


def label(kind: str, value: Enum | str, lang: str) -> str:
    """The human label of an enum value, e.g. label("status", CaseStatus.ESCALATED, "ja"); the raw value if unknown."""
    raw = value.value if isinstance(value, Enum) else str(value)
    key = f"{kind}.{raw}"
    return t(key, lang) if key in MESSAGES else raw


def join_labels(kind: str, values: Iterable[Enum | str], lang: str) -> str:
    """The labels of several enum values, joined with the language's list separator."""
    return t("common.list_separator", lang).join(label(kind, v, lang) for v in values)


def language_for(locale: str | None, fallback: str) -> str:
    """The catalogue language for a Slack locale ("ja-JP" -> "ja", "en-US" -> "en"), else `fallback`."""
    if not locale:
        return fallback
    language = locale.replace("_", "-").split("-")[0].lower()
    return language if language in LANGUAGES else fallback
