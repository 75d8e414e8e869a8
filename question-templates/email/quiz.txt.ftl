${member.name}同学，你好！
<#if myScore??>

<#if myScore.replied>上周（${myScore.week}）你的得分：${myScore.score}/${myScore.max}<#if !myScore.missed?has_content>，全部答对！</#if><#else>上周（${myScore.week}）没有收到你的答案。</#if>
<#if myScore.replied && myScore.missed?has_content>
答错或未答的题：
<#list myScore.missed as x>
  第${x.number}题 ${x.stem}
     答案：${x.answer}
     解析：${x.explanation}
</#list>
</#if>
</#if>

这是${group}${week}的学习小测，共${questions?size}题。
<#list questions as q>

${q.number}. （${q.typeName}）${q.stem}<#if q.trueFalse>（　　）</#if>
<#list q.options as o>
   ${o.letter}. ${o.text}
</#list>
</#list>
<#if review?has_content>

—— 错题回顾（你之前答错的题，再试一次）——
<#list review as q>

${q.number}. （${q.typeName}）${q.stem}<#if q.trueFalse>（　　）</#if>
<#list q.options as o>
   ${o.letter}. ${o.text}
</#list>
</#list>
</#if>

—— 如何作答 ——
直接回复本邮件，每题写题号和答案，例如：
1 B
2 AC
3 对
4 九二共识
也可以写在一行：1 B 2 AC 3 对。判断题写 对/错、正确/错误 或 √/×。
回复“不公开”则排行榜上显示为匿名。
<#if lastWeek??>

—— 上周（${lastWeek.week}）答案与解析 ——
<#list lastWeek.answers as a>

${a.number}. ${a.stem}
   答案：${a.answer}
   解析：${a.explanation}
</#list>
</#if>
<#if leaderboard?? && leaderboard?has_content>

—— 上周排行榜 ——
<#list leaderboard as r>
${r.rank}. ${r.name}  ${r.score}/${r.max}
</#list>
</#if>

祝学习进步！
${group}

不想再收到这些邮件？请回复“退订”至 ${from}。
