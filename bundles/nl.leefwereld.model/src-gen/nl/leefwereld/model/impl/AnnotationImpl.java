/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.model.impl;

import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.model.Utterance;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Annotation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.model.impl.AnnotationImpl#getUtterance <em>Utterance</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.AnnotationImpl#getSpanStart <em>Span Start</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.AnnotationImpl#getSpanEnd <em>Span End</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.AnnotationImpl#getMethodId <em>Method Id</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.AnnotationImpl#getCodeId <em>Code Id</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.AnnotationImpl#getCoder <em>Coder</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.AnnotationImpl#getOrigin <em>Origin</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.AnnotationImpl#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.AnnotationImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.AnnotationImpl#getNote <em>Note</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.AnnotationImpl#isSpanDetached <em>Span Detached</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnnotationImpl extends IdentifiedImpl implements Annotation {
	/**
	 * The cached value of the '{@link #getUtterance() <em>Utterance</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUtterance()
	 * @generated
	 * @ordered
	 */
	protected Utterance utterance;

	/**
	 * The default value of the '{@link #getSpanStart() <em>Span Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpanStart()
	 * @generated
	 * @ordered
	 */
	protected static final int SPAN_START_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getSpanStart() <em>Span Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpanStart()
	 * @generated
	 * @ordered
	 */
	protected int spanStart = SPAN_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getSpanEnd() <em>Span End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpanEnd()
	 * @generated
	 * @ordered
	 */
	protected static final int SPAN_END_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getSpanEnd() <em>Span End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpanEnd()
	 * @generated
	 * @ordered
	 */
	protected int spanEnd = SPAN_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getMethodId() <em>Method Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethodId()
	 * @generated
	 * @ordered
	 */
	protected static final String METHOD_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMethodId() <em>Method Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethodId()
	 * @generated
	 * @ordered
	 */
	protected String methodId = METHOD_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCodeId() <em>Code Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodeId()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCodeId() <em>Code Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodeId()
	 * @generated
	 * @ordered
	 */
	protected String codeId = CODE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCoder() <em>Coder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoder()
	 * @generated
	 * @ordered
	 */
	protected static final String CODER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCoder() <em>Coder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoder()
	 * @generated
	 * @ordered
	 */
	protected String coder = CODER_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final AnnotationOrigin ORIGIN_EDEFAULT = AnnotationOrigin.MANUAL;

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected AnnotationOrigin origin = ORIGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected static final double CONFIDENCE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected double confidence = CONFIDENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #isSpanDetached() <em>Span Detached</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSpanDetached()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SPAN_DETACHED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSpanDetached() <em>Span Detached</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSpanDetached()
	 * @generated
	 * @ordered
	 */
	protected boolean spanDetached = SPAN_DETACHED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnnotationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.ANNOTATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Utterance getUtterance() {
		if (utterance != null && utterance.eIsProxy()) {
			InternalEObject oldUtterance = (InternalEObject)utterance;
			utterance = (Utterance)eResolveProxy(oldUtterance);
			if (utterance != oldUtterance) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.ANNOTATION__UTTERANCE, oldUtterance, utterance));
			}
		}
		return utterance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Utterance basicGetUtterance() {
		return utterance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUtterance(Utterance newUtterance) {
		Utterance oldUtterance = utterance;
		utterance = newUtterance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ANNOTATION__UTTERANCE, oldUtterance, utterance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSpanStart() {
		return spanStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpanStart(int newSpanStart) {
		int oldSpanStart = spanStart;
		spanStart = newSpanStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ANNOTATION__SPAN_START, oldSpanStart, spanStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSpanEnd() {
		return spanEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpanEnd(int newSpanEnd) {
		int oldSpanEnd = spanEnd;
		spanEnd = newSpanEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ANNOTATION__SPAN_END, oldSpanEnd, spanEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMethodId() {
		return methodId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethodId(String newMethodId) {
		String oldMethodId = methodId;
		methodId = newMethodId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ANNOTATION__METHOD_ID, oldMethodId, methodId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCodeId() {
		return codeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCodeId(String newCodeId) {
		String oldCodeId = codeId;
		codeId = newCodeId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ANNOTATION__CODE_ID, oldCodeId, codeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCoder() {
		return coder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoder(String newCoder) {
		String oldCoder = coder;
		coder = newCoder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ANNOTATION__CODER, oldCoder, coder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnnotationOrigin getOrigin() {
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigin(AnnotationOrigin newOrigin) {
		AnnotationOrigin oldOrigin = origin;
		origin = newOrigin == null ? ORIGIN_EDEFAULT : newOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ANNOTATION__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getConfidence() {
		return confidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfidence(double newConfidence) {
		double oldConfidence = confidence;
		confidence = newConfidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ANNOTATION__CONFIDENCE, oldConfidence, confidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ANNOTATION__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ANNOTATION__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSpanDetached() {
		return spanDetached;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpanDetached(boolean newSpanDetached) {
		boolean oldSpanDetached = spanDetached;
		spanDetached = newSpanDetached;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ANNOTATION__SPAN_DETACHED, oldSpanDetached, spanDetached));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.ANNOTATION__UTTERANCE:
				if (resolve) return getUtterance();
				return basicGetUtterance();
			case ModelPackage.ANNOTATION__SPAN_START:
				return getSpanStart();
			case ModelPackage.ANNOTATION__SPAN_END:
				return getSpanEnd();
			case ModelPackage.ANNOTATION__METHOD_ID:
				return getMethodId();
			case ModelPackage.ANNOTATION__CODE_ID:
				return getCodeId();
			case ModelPackage.ANNOTATION__CODER:
				return getCoder();
			case ModelPackage.ANNOTATION__ORIGIN:
				return getOrigin();
			case ModelPackage.ANNOTATION__CONFIDENCE:
				return getConfidence();
			case ModelPackage.ANNOTATION__REASON:
				return getReason();
			case ModelPackage.ANNOTATION__NOTE:
				return getNote();
			case ModelPackage.ANNOTATION__SPAN_DETACHED:
				return isSpanDetached();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.ANNOTATION__UTTERANCE:
				setUtterance((Utterance)newValue);
				return;
			case ModelPackage.ANNOTATION__SPAN_START:
				setSpanStart((Integer)newValue);
				return;
			case ModelPackage.ANNOTATION__SPAN_END:
				setSpanEnd((Integer)newValue);
				return;
			case ModelPackage.ANNOTATION__METHOD_ID:
				setMethodId((String)newValue);
				return;
			case ModelPackage.ANNOTATION__CODE_ID:
				setCodeId((String)newValue);
				return;
			case ModelPackage.ANNOTATION__CODER:
				setCoder((String)newValue);
				return;
			case ModelPackage.ANNOTATION__ORIGIN:
				setOrigin((AnnotationOrigin)newValue);
				return;
			case ModelPackage.ANNOTATION__CONFIDENCE:
				setConfidence((Double)newValue);
				return;
			case ModelPackage.ANNOTATION__REASON:
				setReason((String)newValue);
				return;
			case ModelPackage.ANNOTATION__NOTE:
				setNote((String)newValue);
				return;
			case ModelPackage.ANNOTATION__SPAN_DETACHED:
				setSpanDetached((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.ANNOTATION__UTTERANCE:
				setUtterance((Utterance)null);
				return;
			case ModelPackage.ANNOTATION__SPAN_START:
				setSpanStart(SPAN_START_EDEFAULT);
				return;
			case ModelPackage.ANNOTATION__SPAN_END:
				setSpanEnd(SPAN_END_EDEFAULT);
				return;
			case ModelPackage.ANNOTATION__METHOD_ID:
				setMethodId(METHOD_ID_EDEFAULT);
				return;
			case ModelPackage.ANNOTATION__CODE_ID:
				setCodeId(CODE_ID_EDEFAULT);
				return;
			case ModelPackage.ANNOTATION__CODER:
				setCoder(CODER_EDEFAULT);
				return;
			case ModelPackage.ANNOTATION__ORIGIN:
				setOrigin(ORIGIN_EDEFAULT);
				return;
			case ModelPackage.ANNOTATION__CONFIDENCE:
				setConfidence(CONFIDENCE_EDEFAULT);
				return;
			case ModelPackage.ANNOTATION__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case ModelPackage.ANNOTATION__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case ModelPackage.ANNOTATION__SPAN_DETACHED:
				setSpanDetached(SPAN_DETACHED_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.ANNOTATION__UTTERANCE:
				return utterance != null;
			case ModelPackage.ANNOTATION__SPAN_START:
				return spanStart != SPAN_START_EDEFAULT;
			case ModelPackage.ANNOTATION__SPAN_END:
				return spanEnd != SPAN_END_EDEFAULT;
			case ModelPackage.ANNOTATION__METHOD_ID:
				return METHOD_ID_EDEFAULT == null ? methodId != null : !METHOD_ID_EDEFAULT.equals(methodId);
			case ModelPackage.ANNOTATION__CODE_ID:
				return CODE_ID_EDEFAULT == null ? codeId != null : !CODE_ID_EDEFAULT.equals(codeId);
			case ModelPackage.ANNOTATION__CODER:
				return CODER_EDEFAULT == null ? coder != null : !CODER_EDEFAULT.equals(coder);
			case ModelPackage.ANNOTATION__ORIGIN:
				return origin != ORIGIN_EDEFAULT;
			case ModelPackage.ANNOTATION__CONFIDENCE:
				return confidence != CONFIDENCE_EDEFAULT;
			case ModelPackage.ANNOTATION__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case ModelPackage.ANNOTATION__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case ModelPackage.ANNOTATION__SPAN_DETACHED:
				return spanDetached != SPAN_DETACHED_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (spanStart: "); //$NON-NLS-1$
		result.append(spanStart);
		result.append(", spanEnd: "); //$NON-NLS-1$
		result.append(spanEnd);
		result.append(", methodId: "); //$NON-NLS-1$
		result.append(methodId);
		result.append(", codeId: "); //$NON-NLS-1$
		result.append(codeId);
		result.append(", coder: "); //$NON-NLS-1$
		result.append(coder);
		result.append(", origin: "); //$NON-NLS-1$
		result.append(origin);
		result.append(", confidence: "); //$NON-NLS-1$
		result.append(confidence);
		result.append(", reason: "); //$NON-NLS-1$
		result.append(reason);
		result.append(", note: "); //$NON-NLS-1$
		result.append(note);
		result.append(", spanDetached: "); //$NON-NLS-1$
		result.append(spanDetached);
		result.append(')');
		return result.toString();
	}

} //AnnotationImpl
