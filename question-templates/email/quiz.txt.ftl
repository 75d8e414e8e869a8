${member.name}同学，你好！

这是${group}${week}的学习小测，共${questions?size}题。
<#list questions as q>

${q.number}. （${q.typeName}）${q.stem}<#if q.trueFalse>（　　）</#if>
<#list q.options as o>
   ${o.letter}. ${o.text}
</#list>
</#list>
<#if lastWeek??>

—— 上周（${lastWeek.week}）答案与解析 ——
<#list lastWeek.answers as a>

${a.number}. ${a.stem}
   答案：${a.answer}
   解析：${a.explanation}
</#list>
</#if>

祝学习进步！
${group}

不想再收到这些邮件？请回复“退订”至 ${from}。
