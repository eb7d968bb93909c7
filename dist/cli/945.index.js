export const id = 945;
export const ids = [945];
export const modules = {

/***/ 17945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runScan: () => (/* binding */ runScan)
/* harmony export */ });
/* harmony import */ var _scan_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65536);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91832);


async function runScan(config, logger) {
    const root = config.path ?? config.workspace;
    const scan = await (0,_scan_index_js__WEBPACK_IMPORTED_MODULE_0__.scanWorkspace)({ root, include: config.include, exclude: config.exclude, maxFileSize: config.maxFileSize }, logger);
    for (const u of scan.unscanned)
        logger.warning(`not scanned (${u.code}): ${u.reason}; any image it references is not listed`, u.line === undefined ? { file: u.file } : { file: u.file, line: u.line });
    const grouped = (0,_targets_js__WEBPACK_IMPORTED_MODULE_1__/* .groupRefs */ .e)(scan.refs);
    return { scan, images: grouped.targets.length, unpinned: scan.refs.filter(r => !r.digest).length };
}


/***/ }),

/***/ 91832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ groupRefs),
/* harmony export */   y: () => (/* binding */ mapBounded)
/* harmony export */ });
/** Groups occurrences so every digest is verified once, keeping every occurrence. */
function groupRefs(refs) {
    const targets = new Map();
    const unpinned = new Map();
    for (const ref of refs) {
        if (ref.digest) {
            const key = `${ref.name}@${ref.digest}`;
            let t = targets.get(key);
            if (!t)
                targets.set(key, (t = { name: ref.name, digest: ref.digest, tags: [], refs: [] }));
            if (ref.tag && !t.tags.includes(ref.tag))
                t.tags.push(ref.tag);
            t.refs.push(ref);
        }
        else {
            const key = `${ref.name}:${ref.tag ?? ''}`;
            let u = unpinned.get(key);
            if (!u)
                unpinned.set(key, (u = { name: ref.name, tag: ref.tag, refs: [] }));
            u.refs.push(ref);
        }
    }
    return { targets: [...targets.values()], unpinned: [...unpinned.values()] };
}
/** Runs `work` over `items` with at most `limit` in flight, keeping the input order in the result. */
async function mapBounded(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.min(Math.max(limit, 1), items.length) }, worker));
    return results;
}


/***/ })

};
