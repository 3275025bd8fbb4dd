/**
 * Hover descriptions of kubeconfig (v1) fields, written for Kubelet Guard in our own words and keyed by
 * the dotted path used in ../shared/data/kubeconfig-fields.json (`[]` marks list items).
 */
export const KUBECONFIG_FIELD_DOCS: Readonly<Record<string, string>> = {
  apiVersion: 'Schema version of the kubeconfig; `v1` is the only version and the field may be omitted.',
  kind: 'Object kind of the kubeconfig, always `Config`; the field may be omitted.',
  'current-context': 'Name of the entry in `contexts` used when no other context is selected.',
  preferences: 'Legacy client preferences that Kubernetes components ignore; kubectl settings now live in kuberc.',
  'preferences.colors': 'Legacy switch for coloured kubectl output; deprecated and no longer read.',
  'preferences.extensions': 'Free-form extension objects attached to the preferences block.',
  'preferences.extensions[].name': 'Unique name of an extension inside `preferences`.',
  'preferences.extensions[].extension':
    'Arbitrary object stored for a tool that reads preferences extensions; other clients ignore it.',
  clusters: 'List of named API server endpoints together with how to trust them.',
  'clusters[].name': 'Name by which contexts refer to this cluster entry; it must be unique in the list.',
  'clusters[].cluster': 'Connection details for this cluster: address, trust anchors and transport options.',
  'clusters[].cluster.server':
    'API server address as an `https://host:port` URL. A plain-http address sends credentials and all traffic unencrypted, so anyone on the path can read or alter them.',
  'clusters[].cluster.tls-server-name':
    "Name checked against the API server's certificate instead of the host in `server`, useful when connecting by IP address.",
  'clusters[].cluster.insecure-skip-tls-verify':
    "Turns off verification of the API server's certificate and cannot be combined with a CA. Anyone able to intercept the traffic can then pose as the API server, harvest the client's credentials and feed it forged responses.",
  'clusters[].cluster.certificate-authority':
    "Path to the PEM CA bundle that must have signed the API server's certificate; a relative path resolves from the kubeconfig's folder. Whoever can replace that file can make the client trust a server of their choosing.",
  'clusters[].cluster.certificate-authority-data':
    'The same CA bundle embedded as base64-encoded PEM; setting it together with `certificate-authority` is rejected.',
  'clusters[].cluster.proxy-url':
    'Proxy (http, https or socks5) that every request to this cluster goes through; empty falls back to the proxy environment variables, and socks5 cannot carry exec or port-forward streams. An untrusted proxy learns where and when the client connects and can block it, and with TLS verification off it can read and change all traffic.',
  'clusters[].cluster.disable-compression':
    'Asks the server not to compress responses, trading bandwidth for lower CPU use on large lists.',
  'clusters[].cluster.extensions': 'Free-form extension objects attached to this cluster entry.',
  'clusters[].cluster.extensions[].name': 'Unique name of an extension on this cluster entry.',
  'clusters[].cluster.extensions[].extension':
    'Arbitrary object a tool stores with the cluster entry, such as the data handed to exec credential plugins.',
  users: 'List of named credentials for connecting to clusters.',
  'users[].name': 'Name by which contexts refer to this credential; it must be unique in the list.',
  'users[].user': 'Authentication details: client certificate, token, basic auth, exec plugin or auth provider.',
  'users[].user.client-certificate':
    "Path to the PEM client certificate presented to the API server; a relative path resolves from the kubeconfig's folder.",
  'users[].user.client-certificate-data':
    'The client certificate embedded as base64-encoded PEM; it wins over `client-certificate`.',
  'users[].user.client-key':
    'Path to the PEM private key of the client certificate. Anyone who reads it can authenticate as this user, or as the node for a kubelet, until the certificate expires, because certificates cannot be revoked.',
  'users[].user.client-key-data':
    'The client private key embedded as base64-encoded PEM, winning over `client-key`. Because the key sits in the file itself, anyone who can read the kubeconfig can impersonate this user until the certificate expires.',
  'users[].user.token':
    'Bearer token sent with every request, stored in clear text. Anyone who reads the kubeconfig can act as this identity until the token is revoked or expires.',
  'users[].user.tokenFile':
    'Path to a file holding the bearer token; the file is reread and wins when `token` is also set. Anyone who can read that file gets the identity, and anyone who can write it can substitute another.',
  'users[].user.as': 'User name to impersonate on every request; the real identity needs permission to impersonate.',
  'users[].user.as-uid': 'User UID to impersonate together with `as`.',
  'users[].user.as-groups': 'Groups to impersonate together with `as`.',
  'users[].user.as-user-extra': 'Extra user attributes, each a list of values, to impersonate together with `as`.',
  'users[].user.username': 'User name for HTTP basic authentication, which current API servers no longer accept.',
  'users[].user.password':
    'Password for HTTP basic authentication, stored in clear text. Anyone who reads the file obtains it, and such passwords are often reused elsewhere.',
  'users[].user.auth-provider':
    'Legacy built-in authentication plugin settings; exec plugins are the supported replacement. Its configuration often holds refresh tokens and client secrets in clear text that anyone reading the file can reuse.',
  'users[].user.auth-provider.name':
    'Which legacy provider to use; `gcp` and `azure` were removed from client-go and now fail, leaving `oidc`.',
  'users[].user.auth-provider.config':
    'Provider settings as string pairs, such as the OIDC issuer, client ID and cached tokens. A refresh token or client secret stored here lets anyone who reads the kubeconfig mint new ID tokens for the user.',
  'users[].user.exec':
    "Runs an external command that prints credentials (an ExecCredential) instead of storing them in the file. The command runs with the client's privileges whenever credentials are needed, so a kubeconfig from an untrusted source can execute arbitrary programs.",
  'users[].user.exec.command':
    'Program run to obtain credentials, looked up in PATH when it has no folder part. Anyone who can change it, or plant a binary earlier in PATH, gets code execution as the client whenever it authenticates.',
  'users[].user.exec.args': 'Arguments passed to the credential command.',
  'users[].user.exec.env': 'Extra environment variables set for the credential command.',
  'users[].user.exec.env[].name': 'Name of an environment variable set for the credential command.',
  'users[].user.exec.env[].value':
    'Value of that environment variable; secrets placed here are stored in clear text in the kubeconfig.',
  'users[].user.exec.apiVersion':
    'ExecCredential version the plugin speaks, `client.authentication.k8s.io/v1` or `v1beta1`; `v1alpha1` is no longer accepted.',
  'users[].user.exec.installHint':
    'Message shown when the credential command cannot be found, typically explaining how to install it.',
  'users[].user.exec.provideClusterInfo':
    "Passes the cluster's details, such as server and CA, to the plugin in the `KUBERNETES_EXEC_INFO` variable.",
  'users[].user.exec.interactiveMode':
    'Whether the plugin may prompt on standard input: `Never`, `IfAvailable` or `Always`; required with the v1 API version.',
  'users[].user.extensions': 'Free-form extension objects attached to this user entry.',
  'users[].user.extensions[].name': 'Unique name of an extension on this user entry.',
  'users[].user.extensions[].extension':
    'Arbitrary object a tool stores with the user entry; clients that do not know it ignore it.',
  contexts: 'List of named pairings of a cluster, a user and a default namespace.',
  'contexts[].name': 'Name used to select this context, for example from `current-context`.',
  'contexts[].context': 'Which cluster and user entries this context combines, plus an optional namespace.',
  'contexts[].context.cluster': 'Name of the `clusters` entry this context connects to.',
  'contexts[].context.user': 'Name of the `users` entry this context authenticates with.',
  'contexts[].context.namespace': 'Namespace used by requests that do not name one; empty means `default`.',
  'contexts[].context.extensions': 'Free-form extension objects attached to this context.',
  'contexts[].context.extensions[].name': 'Unique name of an extension on this context.',
  'contexts[].context.extensions[].extension':
    'Arbitrary object a tool stores with the context; clients that do not recognise it skip it.',
  extensions: 'Free-form extension objects attached to the kubeconfig as a whole.',
  'extensions[].name': 'Unique name of an extension at the top level of the kubeconfig.',
  'extensions[].extension': 'Arbitrary object stored at the top level for tools that understand it.',
};
