import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { buildConveneApi } from '../shared/contract/api.ts'

/**
 * The preload: a sandboxed script (bundled into one CommonJS file) that exposes `window.convene`, a narrow,
 * named API built from the contract. The page never sees ipcRenderer itself.
 */
const api = buildConveneApi(
  (channel, args) => ipcRenderer.invoke(channel, ...args),
  (event, listener) => {
    const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload as never)
    ipcRenderer.on(event, forward)
    return () => {
      ipcRenderer.removeListener(event, forward)
    }
  },
)

contextBridge.exposeInMainWorld('convene', api)
