<#assign names = {"fill_blank": "填空题", "single_choice": "单项选择题", "multiple_choice": "多项选择题", "true_false": "判断题"}>
<#assign hints = {
  "fill_blank": "在横线上填写恰当的内容。",
  "single_choice": "在每小题给出的四个选项中，只有一项是符合题目要求的。",
  "multiple_choice": "在每小题给出的选项中，有两项或两项以上是符合题目要求的，多选、少选、错选均不得分。",
  "true_false": "判断下列说法是否正确，正确的打“√”，错误的打“×”。"}>
${ordinal}、${names[type]}（本大题共${count}小题，每小题${points}分，共${total}分）
${hints[type]}
