// The neutral resources are Chinese: zh-CN is the users' language and the default culture.
[assembly: System.Resources.NeutralResourcesLanguage("zh-CN")]
