"""Rules on sub-projects (子项目, 建设内容, 重点任务): references to goals that do not exist (``subproject.*``).

The sum of sub-project investments against the stated total is a ``sum`` fact (``子项目投资合计``) checked by
``consistency.sum``.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..rule import Problem, register


@register("subproject.unknown_goal", "子项目引用的目标不存在", severity="warning", scope="subproject")
def unknown_goal(sp, ctx) -> Iterator[Problem]:
    """A sub-project cites a goal number that none of the document's numbered goals has.

    Checked only when the document numbers at least one goal: a plan that cites the goals of another
    document (the 申报表) has nothing here to compare with.

    错误示例: 绩效目标（一）至（四）；子项目“校园网络安全防护升级”：对应绩效目标（五）
    正确示例: 绩效目标（一）至（五）；子项目“校园网络安全防护升级”：对应绩效目标（五）
    """
    numbered = [g for g in ctx.extraction.goals if g.number]
    if not numbered:
        return
    goal_ids = {g.id for g in ctx.extraction.goals}
    known = "、".join(dict.fromkeys(g.number for g in numbered))
    for link in sp.goal_links:
        if link.method != "explicit" or (link.goal_id and link.goal_id in goal_ids):
            continue
        yield Problem(
            f"子项目“{sp.name}”引用的目标“{link.goal_number}”在文件中不存在（已编号的目标：{known}）",
            f"核对“{link.reference}”中的目标编号：改为已有目标的编号，或补充编号为“{link.goal_number}”的目标",
            evidence=link.reference,
            numbers={"goal_number": link.goal_number, "known_numbers": [g.number for g in numbered]},
        )
