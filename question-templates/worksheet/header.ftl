${title}<#if version?has_content>（${version}卷）</#if><#if teacher>（教师用卷）</#if>
<#if course?has_content>${course}　</#if>${date}
