"""The queries the search tests type, and the sections that answer them.

Plain data, read by tests/site/test_search.py, which ranks the results and
holds the thresholds. Each entry is `(query, [pattern, ...])`: the query as a
reader types it, and regexes matched against the result link `page/#anchor`
(`page/#$` is the page itself); the query's rank is the position of the first
link that any pattern matches.

To add a query, append a tuple to the list it belongs to: CODE for API names
as written in code, ERRORS for error messages pasted from a traceback, TASKS
for tasks in plain words (these three make QUERIES, the set the search was
tuned on), and in search_held_out.py HELD_OUT for queries the search was not
tuned on, PASTED for error messages with the reader's own numbers, answered by
the error catalogue (FIX, defined here, is its page). List every section that
teaches the query, best first. Renaming a heading changes its anchor: update
the patterns that match it in both files.
"""

# API names as written in code: qualified, with or without parentheses.
CODE = [
    ("torch.cat", [r"tensors/#join-tensors"]),
    ("torch.stack", [r"tensors/#join-tensors"]),
    ("torch.no_grad()", [r"autograd/#turn-off-tracking", r"training/#no-gradients"]),
    ("F.cross_entropy", [r"optim/#cross-entropy"]),
    (
        "model.eval()",
        [
            r"nn/#training-and-evaluation-mode",
            r"training/#dropout-on-and-off",
            r"save-load/#call-eval",
            r"training/#validation",
        ],
    ),
    ("nn.Module.register_buffer", [r"nn/#state-that-is-not-trained"]),
    (
        "torch.manual_seed",
        [
            r"tensors/#reproducible-random",
            r"imports/#reproducible",
            r"reproducibility/#",
        ],
    ),
    (
        "optimizer.zero_grad()",
        [r"optim/#clear-gradients", r"optim/#one-optimisation-step"],
    ),
    (
        "loss.backward()",
        [r"autograd/#compute-gradients", r"optim/#one-optimisation-step"],
    ),
    ("x.view(-1)", [r"tensors/#view-vs-reshape", r"tensors/#reshape"]),
    ("x.unsqueeze(0)", [r"tensors/#add-a-dimension"]),
    (
        "torch.load",
        [
            r"save-load/#weights_only",
            r"save-load/#save-and-load",
            r"save-load/#why-torchload",
        ],
    ),
    ("torch.save(model.state_dict(), PATH)", [r"save-load/#save-and-load-the-weights"]),
    (
        "model.load_state_dict",
        [r"save-load/#save-and-load-the-weights", r"save-load/#load-part"],
    ),
    ("nn.CrossEntropyLoss()", [r"optim/#cross-entropy"]),
    ("torch.utils.data.DataLoader", [r"data/#batch-a-dataset", r"data/#$"]),
    ("optim.lr_scheduler.StepLR", [r"optim/#learning-rate-scheduler-steplr"]),
    ("torch.nn.utils.clip_grad_norm_", [r"optim/#gradient-clipping-by-norm"]),
    ("x.permute(2, 0, 1)", [r"tensors/#reorder-dimensions"]),
    ("torch.where", [r"tensors/#boolean-masks", r"indexing/#.*torchwhere"]),
    (
        "torch.cuda.is_available()",
        [
            r"cuda/#is-a-gpu-available",
            r"imports/#pick-the-device",
            r"cuda/#pick-the-device",
        ],
    ),
    ("model.to(device)", [r"cuda/#move-a-model", r"nn/#move-a-model"]),
    ("x.detach().numpy()", [r"autograd/#cut-the-graph", r"tensors/#torchtensorarray"]),
    ("torch.from_numpy", [r"tensors/#numpy-from_numpy"]),
    ("nn.Sequential", [r"nn/#chain-layers", r"nn/#a-multilayer-perceptron"]),
    ("torch.autograd.grad", [r"autograd/#gradients-of-a-loss"]),
    ("v2.Normalize", [r"torchvision/#what-normalize"]),
    ("torchvision.models.resnet18", [r"torchvision/#build-a-model"]),
    ("torch.autocast", [r"amp/#.*autocast"]),
    ("torch.amp.GradScaler", [r"amp/#.*(gradscaler|scal)"]),
    ("torch.compile(model)", [r"compile/#"]),
    ("torch.einsum", [r"indexing/#.*einsum"]),
    ("torch.gather", [r"indexing/#.*gather"]),
    ("F.scaled_dot_product_attention", [r"attention/#.*(scaled_dot_product|sdpa)"]),
    ("torch.export.export", [r"export/#.*export"]),
    ("torch.func.vmap", [r"func/#.*vmap"]),
    (
        "torch.use_deterministic_algorithms(True)",
        [r"imports/#deterministic", r"reproducibility/#.*determinis"],
    ),
    ("torch.set_default_device", [r"cuda/#default-device"]),
    ("x.item()", [r"tensors/#python-numbers"]),
    (
        "torch.argmax",
        [r"tensors/#torchmax-torchmin-and-torchargmax", r"training/#accuracy-argmax"],
    ),
    ("nn.init.xavier_uniform_", [r"nn/#initialise-weights"]),
    ("random_split", [r"data/#split-into-train"]),
]

# Error messages as pasted from a traceback (with the reader's own numbers). The
# entry of the error catalogue that explains the same error counts too.
FIX = "error-fixes/#"
ERRORS = [
    (
        "RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x784 and 128x10)",
        [
            r"tensors/#2-d-matrix-product",
            r"tensors/#matrix-product",
            FIX + "mat1-and-mat2-shapes",
        ],
    ),
    (
        "Trying to backward through the graph a second time",
        [r"autograd/#backward-twice", FIX + "trying-to-backward"],
    ),
    (
        "RuntimeError: Error(s) in loading state_dict for ResNet: Missing key(s) in state_dict",
        [r"save-load/#load-part", FIX + "missing-keys"],
    ),
    (
        "view size is not compatible with input tensor's size and stride",
        [r"tensors/#view-vs-reshape", r"mistakes/#imagesview"],
    ),
    (
        "Can't call numpy() on Tensor that requires grad",
        [
            r"autograd/#cut-the-graph",
            r"tensors/#torchtensorarray",
            FIX + "cant-call-numpy",
        ],
    ),
    (
        "grad can be implicitly created only for scalar outputs",
        [r"autograd/#non-scalar-outputs", FIX + "grad-can-be-implicitly"],
    ),
    (
        "a leaf Variable that requires grad is being used in an in-place operation",
        [r"autograd/#update-weights-by-hand", FIX + "a-leaf-variable"],
    ),
    (
        "size mismatch for fc.weight: copying a param with shape torch.Size([10, 512])",
        [r"save-load/#shapes-must-match", FIX + "size-mismatch"],
    ),
    (
        "IndexError: Target 10 is out of bounds.",
        [r"optim/#class-index-targets", FIX + "indexerror-target"],
    ),
    (
        "result type Float can't be cast to the desired output type Long",
        [r"optim/#bce-targets", FIX + "result-type-float"],
    ),
    (
        "The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1",
        [r"tensors/#broadcasting", FIX + "the-size-of-tensor-a"],
    ),
    (
        "stack expects each tensor to be equal size",
        [r"data/#pad-variable-length", FIX + "stack-expects"],
    ),
    (
        "RuntimeError: shape '[32, -1]' is invalid for input of size 100",
        [r"tensors/#reshape-a-tensor", FIX + "shape-.*is-invalid"],
    ),
    (
        "_pickle.UnpicklingError: Weights only load failed",
        [
            r"save-load/#why-torchload-refuses",
            r"mistakes/#torchload",
            FIX + "weights-only",
        ],
    ),
    (
        "AttributeError: 'Sequential' object has no attribute 'hidden'",
        [r"mistakes/#modelhiddenweight"],
    ),
    ("module 'torch.nn' has no attribute 'Conv2D'", [r"mistakes/#nnconv2d"]),
    (
        "'_SingleProcessDataLoaderIter' object has no attribute 'next'",
        [r"mistakes/#dataiternext"],
    ),
    (
        "Only Tensors of floating point and complex dtype can require gradients",
        [r"autograd/#track-gradients"],
    ),
    (
        "a Tensor with 10 elements cannot be converted to Scalar",
        [r"tensors/#python-numbers", FIX + "only-one-element"],
    ),
    (
        "TypeError: cat() received an invalid combination of arguments",
        [r"tensors/#join-tensors", r"mistakes/#torchcat"],
    ),
    ("TypeError: object of type 'MyDataset' has no len()", [r"mistakes/#__len__"]),
    (
        "mean(): could not infer output dtype. Input dtype must be either a floating point",
        [r"tensors/#reductions"],
    ),
    (
        "ValueError: sampler option is mutually exclusive with shuffle",
        [r"data/#balance-classes"],
    ),
    (
        "vmap: called random operation while in randomness error mode",
        [r"func/#.*(random|vmap)"],
    ),
    (
        "AssertionError: embed_dim must be divisible by num_heads",
        [r"attention/#.*(multihead|head)"],
    ),
    ("IndexError: index out of range in self", [r"attention/#.*(embedding|padding)"]),
    (
        (
            "Expected all tensors to be on the same device, but found at least two devices, "
            "cuda:0 and cpu!"
        ),
        [r"cuda/#move-a-model", r"nn/#move-a-model"],
    ),
    (
        (
            "RuntimeError: Given groups=1, weight of size [64, 3, 3], expected input[32, 50, 3] "
            "to have 3 channels, but got 50 channels instead"
        ),
        [r"nn/#convolution-over-sequences", FIX + "expected-input.*channels"],
    ),
    (
        "Expected attn_mask dtype to be bool or float or to match query dtype",
        [r"attention/#.*mask"],
    ),
    (
        "RuntimeError: index 7 is out of bounds for dimension 1 with size 5",
        [r"indexing/#.*gather"],
    ),
    (
        "TypeError: transpose() received an invalid combination of arguments",
        [r"mistakes/#atranspose", r"tensors/#swap-two-dimensions"],
    ),
    (
        "AttributeError: module 'torch.nn' has no attribute 'relu'",
        [r"mistakes/#nnrelu"],
    ),
    (
        "module 'torchvision.transforms' has no attribute 'toTensor'",
        [r"mistakes/#transformstotensor"],
    ),
    (
        "AttributeError: module 'torch.optim' has no attribute 'zero_grad'",
        [r"mistakes/#optimzero_grad"],
    ),
    (
        "masked_fill_ only supports boolean masks, but got mask with dtype long",
        [r"indexing/#fill-where-a-mask"],
    ),
    (
        "IndexError: tensors used as indices must be long, int, byte or bool tensors",
        [r"indexing/#index-dtypes"],
    ),
    (
        "GradcheckError: Jacobian mismatch for output 0 with respect to input 0",
        [r"autograd/#check-gradients"],
    ),
]

# Tasks in a reader's words.
TASKS = [
    ("add a dimension", [r"tensors/#add-a-dimension"]),
    (
        "freeze layers",
        [
            r"nn/#freeze-layers",
            r"autograd/#freeze-parameters",
            r"torchvision/#freeze-the-backbone",
            r"model-surgery/#.*freez",
        ],
    ),
    ("learning rate warmup", [r"optim/#.*warmup", r"optim/#one-cycle"]),
    ("gradient clipping", [r"optim/#gradient-clipping"]),
    (
        "save a checkpoint",
        [r"save-load/#save-a-checkpoint", r"training/#keep-the-best"],
    ),
    (
        "resume training",
        [r"save-load/#resume-training", r"save-load/#save-a-checkpoint-to-resume"],
    ),
    ("count parameters", [r"nn/#count-the-trainable"]),
    ("mixed precision", [r"amp/#"]),
    ("early stopping", [r"training/#early-stopping"]),
    ("split dataset into train and validation", [r"data/#split-into-train"]),
    (
        "move model to gpu",
        [r"cuda/#move-a-model", r"nn/#move-a-model", r"training/#train-on-the-gpu"],
    ),
    ("top-5 accuracy", [r"training/#top-5-accuracy"]),
    ("label smoothing", [r"optim/#label-smoothing"]),
    (
        "pad sequences of different lengths",
        [r"data/#pad-variable-length", r"attention/#.*pad"],
    ),
    ("load pretrained resnet", [r"torchvision/#load-pretrained"]),
    (
        "replace the last layer",
        [
            r"torchvision/#transfer-learning-replace-the-classifier-head",
            r"model-surgery/#.*(replace|head)",
        ],
    ),
    ("gradient accumulation", [r"training/#gradient-accumulation"]),
    ("weight initialization", [r"nn/#initialise-weights"]),
    ("causal mask", [r"attention/#.*(causal|mask)"]),
    ("per-sample gradients", [r"func/#.*per-sample"]),
    ("batch matrix multiply", [r"tensors/#batch-matrix-multiply"]),
    ("different learning rate per layer", [r"optim/#per-layer-learning-rates"]),
    ("load gpu model on cpu", [r"save-load/#load-gpu-weights"]),
    ("swap two dimensions", [r"tensors/#swap-two-dimensions"]),
    ("export to onnx", [r"export/#.*onnx"]),
    ("imbalanced classes", [r"data/#balance-classes", r"optim/#imbalanced-classes"]),
]

QUERIES = CODE + ERRORS + TASKS
